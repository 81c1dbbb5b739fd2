import type { ExpectedFact, ExpectedFactsFile, ExpectedNonIndicator } from '../../src/domain/expected-facts';
import type { Mention } from '../../src/domain/mentions';
import type { Observation } from '../../src/domain/observation';

export interface Span {
  start: number;
  end: number;
}

export interface ReportScore {
  report_id: string;
  facts: number;
  found: number;
  /** Facts whose number was taken with the right value and qualifier, whatever its indicator. */
  located: number;
  claimed: number;
  correctClaims: number;
  qualifierRight: number;
  scopeRight: number;
  nonIndicators: number;
  /** Expected non-indicators taken as figures: a year, a document number, a target … */
  nonIndicatorsTaken: string[];
  classRight: number;
  misses: string[];
  falseHits: string[];
  /** Found with the right value but another qualifier or scope. */
  wrongDetails: string[];
}

/** Where `number` stands in the text: inside its anchor, which must occur exactly once. */
export function locate(text: string, item: { anchor: string; number: string }): Span {
  const at = text.indexOf(item.anchor);
  if (at < 0 || text.indexOf(item.anchor, at + 1) >= 0) throw new Error(`anchor 「${item.anchor}」 is not found exactly once`);
  const inAnchor = item.anchor.indexOf(item.number);
  if (inAnchor < 0) throw new Error(`number 「${item.number}」 is not inside its anchor 「${item.anchor}」`);
  return { start: at + inAnchor, end: at + inAnchor + item.number.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
const describe = (f: ExpectedFact) => `${f.anchor} → ${f.indicator} ${f.value}`;

interface ClaimedSpan extends Span {
  observation: Observation;
}

function claimedSpans(mentions: Mention[], observations: Map<string, Observation>): ClaimedSpan[] {
  return mentions.flatMap((m) =>
    (m.observation_id?.split(';') ?? []).map((id) => ({ start: m.mention_start, end: m.mention_end, observation: observations.get(id)! })),
  );
}

/** One report's extraction held to what a person read from it. */
export function scoreReport(
  reportId: string,
  text: string,
  expected: Pick<ExpectedFactsFile, 'facts' | 'non_indicators'>,
  observations: Observation[],
  mentions: Mention[],
): ReportScore {
  const byId = new Map(observations.map((o) => [o.observation_id, o]));
  const claims = claimedSpans(mentions.filter((m) => m.report_id === reportId), byId);
  const facts = expected.facts.map((f) => ({ fact: f, span: locate(text, f) }));
  const isExpected = (c: ClaimedSpan) =>
    facts.some(({ fact, span }) => overlaps(span, c) && fact.indicator === c.observation.indicator_id && sameValue(fact.value, c.observation.value));
  const score: ReportScore = {
    report_id: reportId,
    facts: facts.length,
    found: 0,
    located: 0,
    claimed: claims.length,
    correctClaims: claims.filter(isExpected).length,
    qualifierRight: 0,
    scopeRight: 0,
    nonIndicators: expected.non_indicators.length,
    nonIndicatorsTaken: [],
    classRight: 0,
    misses: [],
    wrongDetails: [],
    falseHits: claims.filter((c) => !isExpected(c)).map((c) => `${c.observation.quote} → ${c.observation.indicator_id} ${c.observation.value}`),
  };
  for (const { fact, span } of facts) {
    if (claims.some((c) => overlaps(span, c) && sameValue(c.observation.value, fact.value) && c.observation.qualifier === fact.qualifier)) score.located += 1;
    const hit = claims.find((c) => overlaps(span, c) && c.observation.indicator_id === fact.indicator && sameValue(c.observation.value, fact.value));
    if (!hit) {
      score.misses.push(describe(fact));
      continue;
    }
    score.found += 1;
    if (hit.observation.qualifier === fact.qualifier) score.qualifierRight += 1;
    else score.wrongDetails.push(`${describe(fact)}: qualifier ${hit.observation.qualifier}, expected ${fact.qualifier}`);
    if (hit.observation.scope === fact.scope) score.scopeRight += 1;
    else score.wrongDetails.push(`${describe(fact)}: scope ${hit.observation.scope}, expected ${fact.scope}`);
  }
  for (const n of expected.non_indicators) scoreNonIndicator(score, text, n, mentions, claims);
  return score;
}

function scoreNonIndicator(score: ReportScore, text: string, n: ExpectedNonIndicator, mentions: Mention[], claims: ClaimedSpan[]): void {
  const span = locate(text, n);
  if (claims.some((c) => overlaps(span, c))) {
    score.nonIndicatorsTaken.push(`${n.anchor} (${n.class})`);
    return;
  }
  const mention = mentions.find((m) => m.report_id === score.report_id && overlaps(span, { start: m.mention_start, end: m.mention_end }));
  // A number that is not even a mention (进一步, 八五普法) cannot be taken as a figure: its class is right by default.
  if (!mention || mention.reason === n.class) score.classRight += 1;
}

export interface Totals {
  recall: number;
  /** Recall counting a figure taken with the right value and qualifier under another indicator. */
  locatedRecall: number;
  precision: number;
  qualifierAccuracy: number;
  scopeAccuracy: number;
  nonIndicatorsTaken: number;
  classAccuracy: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function totals(scores: ReportScore[]): Totals {
  const sum = (key: keyof ReportScore) => scores.reduce((s, r) => s + (r[key] as number), 0);
  return {
    recall: ratio(sum('found'), sum('facts')),
    locatedRecall: ratio(sum('located'), sum('facts')),
    precision: ratio(sum('correctClaims'), sum('claimed')),
    qualifierAccuracy: ratio(sum('qualifierRight'), sum('found')),
    scopeAccuracy: ratio(sum('scopeRight'), sum('found')),
    nonIndicatorsTaken: scores.reduce((s, r) => s + r.nonIndicatorsTaken.length, 0),
    classAccuracy: ratio(sum('classRight'), sum('nonIndicators')),
  };
}
