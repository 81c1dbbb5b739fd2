import type { Curation } from '../domain/curation';
import type { Mention } from '../domain/mentions';
import type { Observation } from '../domain/observation';
import type { Claim } from './extract-report';
import { observationKey, reportedObservation } from './observation';
import { DataError } from '../domain/data-error';
import type { Sources } from './sources';

const file = 'data/curation.jsonl';

type Entry<A extends Curation['action']> = Extract<Curation, { action: A }>;

function unitOf(sources: Sources, indicatorId: string, line: string) {
  const indicator = sources.indicators.find((i) => i.indicator_id === indicatorId);
  if (!indicator) throw new DataError(file, line, `unknown indicator_id ${indicatorId}`);
  return indicator.unit;
}

/** The extraction's claims and mentions, changed line by line; each line names what it changes or fails. */
class Curated {
  readonly claims = new Map<string, Claim>();
  readonly mentions = new Map<string, Mention>();

  constructor(claims: Claim[], mentions: Mention[], private readonly sources: Sources) {
    for (const c of claims) this.claims.set(c.observation.observation_id, c);
    for (const m of mentions) this.mentions.set(`${m.report_id}@${m.mention_start}`, m);
  }

  private claim(line: string, claim: Claim, reason: string): void {
    const id = claim.observation.observation_id;
    if (this.claims.has(id)) throw new DataError(file, line, `duplicate observation ${id}`);
    this.claims.set(id, claim);
    const key = `${claim.observation.report_id}@${claim.mentionStart}`;
    const m = this.mentions.get(key)!;
    const ids = [...(m.observation_id?.split(';') ?? []), id];
    this.mentions.set(key, { ...m, disposition: 'claimed', reason: null, observation_id: ids.join(';'), candidate_indicator_id: null, note: reason });
  }

  private unclaim(line: string, observationId: string): Claim {
    const existing = this.claims.get(observationId);
    if (!existing) throw new DataError(file, line, `unknown observation_id ${observationId}`);
    this.claims.delete(observationId);
    const key = `${existing.observation.report_id}@${existing.mentionStart}`;
    const m = this.mentions.get(key)!;
    const ids = m.observation_id!.split(';').filter((id) => id !== observationId);
    this.mentions.set(key, { ...m, observation_id: ids.length > 0 ? ids.join(';') : null });
    return existing;
  }

  private notIndicator(key: string, entry: Entry<'reject'> | Entry<'classify'>): void {
    const m = this.mentions.get(key)!;
    if (m.observation_id !== null) return;  // a 均 number still claimed for another indicator
    this.mentions.set(key, { ...m, disposition: 'not_indicator', reason: entry.class, candidate_indicator_id: null, note: entry.reason });
  }

  add(line: string, entry: Entry<'add'>): void {
    const report = this.sources.reports.find((r) => r.report_id === entry.report_id);
    if (!report) throw new DataError(file, line, `unknown report_id ${entry.report_id}`);
    const text = this.sources.texts.get(report.report_id) ?? '';
    const quoteEnd = entry.quote_start + entry.quote.length;
    if (text.slice(entry.quote_start, quoteEnd) !== entry.quote) {
      throw new DataError(file, line, `quote does not match data/reports/${report.report_id}.txt at ${entry.quote_start}`);
    }
    const mention = [...this.mentions.values()].find(
      (m) => m.report_id === report.report_id && m.mention_start >= entry.quote_start && m.mention_end <= quoteEnd && m.value === entry.value,
    );
    if (!mention) throw new DataError(file, line, `the quote holds no number ${entry.value_text} with value ${entry.value}`);
    const observation = reportedObservation(report, {
      indicator_id: entry.indicator_id,
      unit: unitOf(this.sources, entry.indicator_id, line),
      value: entry.value,
      value_text: entry.value_text,
      qualifier: entry.qualifier,
      scope: entry.scope,
      quote: entry.quote,
      quote_start: entry.quote_start,
      curation_note: entry.reason,
    });
    this.claim(line, { observation, mentionStart: mention.mention_start }, entry.reason);
  }

  correct(line: string, entry: Entry<'correct'>): void {
    const existing = this.unclaim(line, entry.observation_id);
    const corrected: Observation = { ...existing.observation, ...entry.set, curation_note: entry.reason };
    corrected.unit = unitOf(this.sources, corrected.indicator_id, line);
    corrected.observation_id = observationKey(corrected.report_id, corrected.indicator_id, corrected.scope);
    this.claim(line, { observation: corrected, mentionStart: existing.mentionStart }, entry.reason);
  }

  reject(line: string, entry: Entry<'reject'>): void {
    const existing = this.unclaim(line, entry.observation_id);
    this.notIndicator(`${existing.observation.report_id}@${existing.mentionStart}`, entry);
  }

  classify(line: string, entry: Entry<'classify'>): void {
    const key = `${entry.report_id}@${entry.mention_start}`;
    const m = this.mentions.get(key);
    if (!m || m.mention !== entry.mention) {
      throw new DataError(file, line, `no number 「${entry.mention}」 at ${entry.mention_start} in data/reports/${entry.report_id}.txt`);
    }
    if (m.disposition === 'claimed') throw new DataError(file, line, `「${entry.mention}」 is claimed by ${m.observation_id}: reject that observation instead`);
    this.notIndicator(key, entry);
  }
}

/** Apply an analyst's additions, corrections, rejections and classifications, in file order, each with its reason. */
export function applyCuration(claims: Claim[], mentions: Mention[], sources: Sources): { observations: Observation[]; mentions: Mention[] } {
  const curated = new Curated(claims, mentions, sources);
  for (const { line, entry } of sources.curation) {
    if (entry.action === 'add') curated.add(line, entry);
    else if (entry.action === 'correct') curated.correct(line, entry);
    else if (entry.action === 'reject') curated.reject(line, entry);
    else curated.classify(line, entry);
  }
  return {
    observations: [...curated.claims.values()].map((c) => c.observation),
    mentions: [...curated.mentions.values()],
  };
}
