import type { Indicator, Jurisdiction, Report } from '../../src/domain/catalog';
import type { Observation, UnclaimedMention } from '../../src/domain/observation';
import { labelMentions, type LabelledMention } from './labels';
import { toMatchText } from './normalize';
import { findNumberMentions } from './numbers';
import { reportedObservation } from './observation';
import { detectScope, matchIndicator, type CompiledRules } from './rules';
import { findTargetSections, inSpans } from './sections';

export interface ReportSource {
  report: Report;
  jurisdiction: Jurisdiction;
  text: string;
}

export interface Extraction {
  observations: Observation[];
  unclaimed: UnclaimedMention[];
}

/** A 均 list gives one number to several names; listed unclaimed, it is listed once. */
const withoutRepeats = (mentions: UnclaimedMention[]) =>
  mentions.filter((u, i) => i === 0 || u.mention_start !== mentions[i - 1].mention_start || u.reason !== mentions[i - 1].reason);

function unclaimed(source: ReportSource, l: LabelledMention, section: UnclaimedMention['section'], reason: UnclaimedMention['reason']): UnclaimedMention {
  const { mention } = l;
  return {
    report_id: source.report.report_id,
    mention_start: mention.start,
    mention_end: mention.end,
    mention: source.text.slice(mention.start, mention.end),
    value: mention.value,
    unit_zh: mention.unitZh || null,
    qualifier: mention.qualifier,
    section,
    reason,
    context: source.text.slice(l.quoteStart, l.quoteEnd),
  };
}

/** One report's text → its reported observations and every numeric mention no rule claimed. */
export function extractReport(source: ReportSource, rules: CompiledRules, indicators: Map<string, Indicator>): Extraction {
  const { report, jurisdiction, text } = source;
  const matchText = toMatchText(text, report.script);
  const targets = findTargetSections(matchText, rules.targetHeading, rules.targetParagraph);
  const labelled = labelMentions(matchText, findNumberMentions(matchText), rules.respectively, rules.all);
  const observations = new Map<string, Observation>();
  const leftOver: UnclaimedMention[] = [];
  for (const l of labelled) {
    if (inSpans(targets, l.mention.start)) {
      leftOver.push(unclaimed(source, l, 'target', 'target_section'));
      continue;
    }
    const indicatorId = matchIndicator(rules.rules, l);
    const indicator = indicatorId === null ? undefined : indicators.get(indicatorId);
    if (!indicator) {
      leftOver.push(unclaimed(source, l, 'outcome', 'no_rule'));
      continue;
    }
    const scope = detectScope(rules, jurisdiction.admin_level, report.body_level === 'department', l.context);
    const observation = reportedObservation(report, {
      indicator_id: indicator.indicator_id,
      unit: indicator.unit,
      value: l.mention.value,
      value_text: l.mention.valueText,
      qualifier: l.mention.qualifier,
      scope,
      quote: text.slice(l.quoteStart, l.quoteEnd),
      quote_start: l.quoteStart,
      curation_note: null,
    });
    if (observations.has(observation.observation_id)) {
      leftOver.push(unclaimed(source, l, 'outcome', 'indicator_already_claimed'));
      continue;
    }
    observations.set(observation.observation_id, observation);
  }
  return { observations: [...observations.values()], unclaimed: withoutRepeats(leftOver) };
}
