import type { Report } from '../domain/catalog';
import { observationSchema, type Observation } from '../domain/observation';
import { DataError, describeIssues } from '../domain/data-error';
import { toMatchText } from './normalize';
import type { Sources } from './sources';

function origin(o: Observation): string {
  return o.curation_note === null ? `rules on data/reports/${o.report_id}.txt` : 'data/curation.jsonl';
}

/** The written number, as it reads in the report's matching text (4.35万 → "4.35", "万"). */
function numberIsInsideQuote(o: Observation, quote: string, script: 'simplified' | 'traditional'): boolean {
  const digits = o.value_text?.replace(/[万亿]$/u, '').split(/[-~～—–至到]/u).at(-1) ?? '';
  return toMatchText(quote, script).includes(digits);
}

function checkQuote(o: Observation, sources: Sources, scripts: Map<string, Report['script']>): string | null {
  if (o.method === 'derived') return null;
  const text = sources.texts.get(o.report_id);
  const script = scripts.get(o.report_id);
  if (text === undefined || !script) return `unknown report_id ${o.report_id}`;
  if (o.quote === null || o.quote_start === null || o.quote_end === null) return 'a reported value needs a quote and its offsets';
  if (text.slice(o.quote_start, o.quote_end) !== o.quote) return `quote does not match data/reports/${o.report_id}.txt at ${o.quote_start}–${o.quote_end}`;
  if (!numberIsInsideQuote(o, o.quote, script)) return `the number ${o.value_text} is not inside its quote`;
  return null;
}

/** Every row well-formed, every id known, every quote exactly where its offsets say. */
export function validateObservations(observations: Observation[], sources: Sources): Observation[] {
  const units = new Map(sources.indicators.map((i) => [i.indicator_id, i.unit]));
  const scripts = new Map(sources.reports.map((r) => [r.report_id, r.script]));
  const jurisdictions = new Set(sources.jurisdictions.map((j) => j.jurisdiction_id));
  const ids = new Set<string>();
  const all = new Set(observations.map((o) => o.observation_id));
  for (const row of observations) {
    const parsed = observationSchema.safeParse(row);
    const label = `observation ${row.observation_id}`;
    if (!parsed.success) throw new DataError(label, null, `${describeIssues(parsed.error)} (from ${origin(row)})`);
    const o = parsed.data;
    const problem =
      (ids.has(o.observation_id) && 'duplicate observation') ||
      (!units.has(o.indicator_id) && `unknown indicator_id ${o.indicator_id}`) ||
      (!jurisdictions.has(o.jurisdiction_id) && `unknown jurisdiction_id ${o.jurisdiction_id}`) ||
      (units.get(o.indicator_id) !== o.unit && `unit ${o.unit} is not the indicator's ${units.get(o.indicator_id)}`) ||
      (o.derived_from?.split(';').find((input) => !all.has(input)) && `derived from an unknown observation`) ||
      checkQuote(o, sources, scripts);
    if (problem) throw new DataError(label, null, `${problem} (from ${origin(o)})`);
    ids.add(o.observation_id);
  }
  return observations;
}
