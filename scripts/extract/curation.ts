import type { Curation } from '../../src/domain/curation';
import type { Observation } from '../../src/domain/observation';
import { DataError } from '../io/data-error';
import { observationKey, reportedObservation } from './observation';
import type { Sources } from './sources';

const file = 'data/curation.jsonl';

function unitOf(sources: Sources, indicatorId: string, line: string) {
  const indicator = sources.indicators.find((i) => i.indicator_id === indicatorId);
  if (!indicator) throw new DataError(file, line, `unknown indicator_id ${indicatorId}`);
  return indicator.unit;
}

function added(entry: Extract<Curation, { action: 'add' }>, line: string, sources: Sources): Observation {
  const report = sources.reports.find((r) => r.report_id === entry.report_id);
  if (!report) throw new DataError(file, line, `unknown report_id ${entry.report_id}`);
  const text = sources.texts.get(report.report_id) ?? '';
  if (text.slice(entry.quote_start, entry.quote_start + entry.quote.length) !== entry.quote) {
    throw new DataError(file, line, `quote does not match data/reports/${report.report_id}.txt at ${entry.quote_start}`);
  }
  return reportedObservation(report, {
    indicator_id: entry.indicator_id,
    unit: unitOf(sources, entry.indicator_id, line),
    value: entry.value,
    value_text: entry.value_text,
    qualifier: entry.qualifier,
    scope: entry.scope,
    quote: entry.quote,
    quote_start: entry.quote_start,
    curation_note: entry.reason,
  });
}

/** Apply an analyst's additions, corrections and rejections, in file order, each with its reason. */
export function applyCuration(observations: Observation[], sources: Sources): Observation[] {
  const byId = new Map(observations.map((o) => [o.observation_id, o]));
  sources.curation.forEach(({ line, entry }) => {
    if (entry.action === 'add') {
      const observation = added(entry, line, sources);
      if (byId.has(observation.observation_id)) throw new DataError(file, line, `duplicate observation ${observation.observation_id}`);
      byId.set(observation.observation_id, observation);
      return;
    }
    const existing = byId.get(entry.observation_id);
    if (!existing) throw new DataError(file, line, `unknown observation_id ${entry.observation_id}`);
    byId.delete(entry.observation_id);
    if (entry.action === 'reject') return;
    const corrected = { ...existing, ...entry.set, curation_note: entry.reason };
    corrected.unit = unitOf(sources, corrected.indicator_id, line);
    corrected.observation_id = observationKey(corrected.report_id, corrected.indicator_id, corrected.scope);
    if (byId.has(corrected.observation_id)) throw new DataError(file, line, `duplicate observation ${corrected.observation_id}`);
    byId.set(corrected.observation_id, corrected);
  });
  return [...byId.values()];
}
