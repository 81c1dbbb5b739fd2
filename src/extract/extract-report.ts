import type { Indicator, Jurisdiction, Report } from '../domain/catalog';
import type { Mention, NotIndicatorClass } from '../domain/mentions';
import type { Observation } from '../domain/observation';
import { formClass } from './classify';
import { frameMentions, indexText, quoteSpan, type Frame, type TextIndex } from './frames';
import { matchFrame, nearestIndicator } from './lexicon';
import { toMatchText } from './normalize';
import { findNumberMentions, type NumberMention } from './numbers';
import { reportedObservation } from './observation';
import { blankTitles, detectScope, scopeLevelOf, type CompiledRules } from './rules';
import { findTargetSections, inSpans } from './sections';

export interface ReportSource {
  report: Report;
  jurisdiction: Jurisdiction;
  text: string;
}

/** A reported observation and the number it was read from. */
export interface Claim {
  observation: Observation;
  mentionStart: number;
}

export interface Extraction {
  claims: Claim[];
  mentions: Mention[];
}

type Outcome =
  | { disposition: 'claimed'; observation: Observation }
  | { disposition: 'not_indicator'; reason: NotIndicatorClass }
  | { disposition: 'unclaimed'; candidate: string | null; note?: string };

interface ReportContext {
  source: ReportSource;
  rules: CompiledRules;
  indicators: Map<string, Indicator>;
  index: TextIndex;
  scopeText: string;
  claimed: Map<string, Observation>;
  /** The concept the last number of the current sentence was read as, and where that sentence starts. */
  subject: { sentenceStart: number; text: string | null };
}

const pointUnits = new Set(['个百分点', '百分点']);
/** Durations and physical sizes (3个工作日, 24小时, 1000平方米): measured, but no count of the body's work unless an indicator says so. */
const measureUnits = new Set(['个工作日', '工作日', '小时', '个月', '天', '周', '年', '月', '日', '平方米', '米', '公里', '亩', '吨', '倍', '岁']);

/** A clause such as 2019年以来, 近三年来 or “七五”普法期间 sets the period of the clause after it. */
const periodClause = /(以来|年来|期间)$/u;

/**
 * Cues that take a number out of this year's outcomes: a plan anywhere before it in its sentence;
 * another period in its own clause (or a 以来 clause just before), or a change in percentage
 * points; a norm per unit (每个村配备1名).
 */
function periodOrPlan(rules: CompiledRules, frame: Frame): NotIndicatorClass | null {
  if (rules.planCue.test(frame.context)) return 'plan_or_target';
  const previous = frame.earlier[0] ?? '';
  const period = rules.otherPeriodCue.test(frame.clause) || (periodClause.test(previous) && rules.otherPeriodCue.test(previous));
  if (pointUnits.has(frame.mention.unitZh) || period) return 'other_period';
  if (rules.perUnitCue.test(frame.clause)) return 'not_measured';
  return null;
}

function flagOf(ctx: ReportContext, frame: Frame, indicator: Indicator, combinedWith: Indicator | null): Pick<Observation, 'flag' | 'flag_note'> {
  if (combinedWith) return { flag: 'combined_count', flag_note: `one number for ${indicator.name_en} and ${combinedWith.name_en} together` };
  const cue = frame.clause.match(ctx.rules.periodUnclearCue);
  if (cue) return { flag: 'period_unclear', flag_note: `the report says ${cue[0]}, so the figure may cover more than the year` };
  return { flag: null, flag_note: null };
}

function observe(ctx: ReportContext, frame: Frame, indicator: Indicator, combinedWith: Indicator | null): Observation {
  const { report, jurisdiction, text } = ctx.source;
  const m = frame.mention;
  const scope = detectScope(ctx.rules, scopeLevelOf(jurisdiction), report.body_level === 'department', {
    context: ctx.scopeText.slice(frame.contextStart, m.start),
    after: ctx.scopeText.slice(m.end, m.end + 12),
    lead: frame.lead,
    shared: frame.shared,
    earlier: frame.earlier,
  });
  return reportedObservation(report, {
    indicator_id: indicator.indicator_id,
    unit: indicator.unit,
    value: m.value,
    value_text: m.valueText,
    qualifier: m.qualifier,
    scope,
    quote: text.slice(frame.quoteStart, frame.quoteEnd),
    quote_start: frame.quoteStart,
    curation_note: null,
    ...flagOf(ctx, frame, indicator, combinedWith),
  });
}

/** Nouns of kinds, not of work done: 五项法定程序, 三张清单, 两个确立, 四项制度. */
const kindNoun = /^(?:法定程序|程序|制度|机制|清单|体系|原则|要求|确立|维护|举措|措施|方面|环节|重点|任务|目标|原则|理念|能力|作用)/u;

/** A number in words before a noun of kinds names how many kinds there are, not an amount of work. */
const namesKinds = (matchText: string, m: { numeral: string; unitZh: string; end: number }) =>
  m.numeral === 'chinese' && m.unitZh !== '' && kindNoun.test(matchText.slice(m.end, m.end + 4));

/** One reading of a number: claimed by an indicator, classed as no figure, or left for a person to look at. */
function readFrame(ctx: ReportContext, frame: Frame): Outcome {
  const cue = periodOrPlan(ctx.rules, frame);
  if (cue) return { disposition: 'not_indicator', reason: cue };
  if (namesKinds(ctx.scopeText, frame.mention)) return { disposition: 'not_indicator', reason: 'not_measured' };
  if (ctx.subject.sentenceStart !== frame.contextStart) ctx.subject = { sentenceStart: frame.contextStart, text: null };
  const subject = ctx.subject.text;
  const match = matchFrame(ctx.rules.lexicon, frame, subject);
  ctx.subject.text = match.subject;
  const indicator = match.indicatorId === null ? undefined : ctx.indicators.get(match.indicatorId);
  if (!indicator) {
    if (frame.role === 'before') return { disposition: 'not_indicator', reason: 'other_period' };
    const { unitZh, numeral } = frame.mention;
    if (unitZh === '' || numeral === 'chinese' || measureUnits.has(unitZh)) return { disposition: 'not_indicator', reason: 'not_measured' };
    return { disposition: 'unclaimed', candidate: nearestIndicator(ctx.rules.lexicon, frame, subject) };
  }
  const combinedWith = match.combinedWith === null ? null : (ctx.indicators.get(match.combinedWith) ?? null);
  const observation = observe(ctx, frame, indicator, combinedWith);
  const earlier = ctx.claimed.get(observation.observation_id);
  if (!earlier) return { disposition: 'claimed', observation };
  if (earlier.value === observation.value) return { disposition: 'not_indicator', reason: 'restated' };
  return {
    disposition: 'unclaimed',
    candidate: indicator.indicator_id,
    note: `a second figure for ${observation.observation_id}, which is already ${earlier.value_text}`,
  };
}

function mentionRow(ctx: ReportContext, m: NumberMention, section: Mention['section'], outcomes: Outcome[]): Mention {
  const claimed = outcomes.flatMap((o) => (o.disposition === 'claimed' ? [o.observation.observation_id] : []));
  const first = claimed.length > 0 ? null : (outcomes.find((o) => o.disposition === 'unclaimed') ?? outcomes[0]);
  const quote = quoteSpan(ctx.index, m);
  return {
    report_id: ctx.source.report.report_id,
    mention_start: m.start,
    mention_end: m.end,
    mention: ctx.source.text.slice(m.start, m.end),
    value: m.value,
    value_high: m.valueHigh,
    unit_zh: m.unitZh || null,
    qualifier: m.qualifier,
    section,
    disposition: first ? first.disposition : 'claimed',
    reason: first?.disposition === 'not_indicator' ? first.reason : null,
    observation_id: claimed.length > 0 ? claimed.join(';') : null,
    candidate_indicator_id: first?.disposition === 'unclaimed' ? first.candidate : null,
    note: (first?.disposition === 'unclaimed' && first.note) || null,
    context: ctx.source.text.slice(quote.quoteStart, quote.quoteEnd),
  };
}

/** The readings of each number: one frame, or one per name for a 均 number. */
function framesByMention(frames: Frame[]): Map<NumberMention, Frame[]> {
  const groups = new Map<NumberMention, Frame[]>();
  for (const frame of frames) groups.set(frame.mention, [...(groups.get(frame.mention) ?? []), frame]);
  return groups;
}

/** One report's text → its reported observations and every number in it, each with its disposition. */
export function extractReport(source: ReportSource, rules: CompiledRules, indicators: Map<string, Indicator>): Extraction {
  const matchText = toMatchText(source.text, source.report.script);
  const index = indexText(matchText);
  const ctx: ReportContext = { source, rules, indicators, index, scopeText: blankTitles(matchText), claimed: new Map(), subject: { sentenceStart: -1, text: null } };
  const targets = findTargetSections(matchText, rules.targetHeading, rules.targetParagraph);
  const mentions = findNumberMentions(matchText).map((m) => ({ m, form: formClass(matchText, m) }));
  const figures = mentions.filter(({ form }) => form === null).map(({ m }) => m);
  const frames = framesByMention(frameMentions(index, figures, rules.respectively, rules.all));
  const claims: Claim[] = [];
  const rows: Mention[] = [];
  for (const { m, form } of mentions) {
    const section = inSpans(targets, m.start) ? 'target' : 'outcome';
    const outcomes: Outcome[] = form
      ? [{ disposition: 'not_indicator', reason: form }]
      : section === 'target'
        ? [{ disposition: 'not_indicator', reason: 'plan_or_target' }]
        : frames.get(m)!.map((frame) => {
            const outcome = readFrame(ctx, frame);
            if (outcome.disposition === 'claimed') {
              ctx.claimed.set(outcome.observation.observation_id, outcome.observation);
              claims.push({ observation: outcome.observation, mentionStart: m.start });
            }
            return outcome;
          });
    rows.push(mentionRow(ctx, m, section, outcomes));
  }
  return { claims, mentions: rows };
}
