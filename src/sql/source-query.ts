import { z } from 'zod';
import { observationFields } from './observation-fields';
import { isLocalSql } from './local-marks';
import type { Query } from './query';

export const sourceRowSchema = z.object({
  ...observationFields,
  is_input: z.boolean(),
  indicator_name_zh: z.string(),
  indicator_name_en: z.string(),
  formula: z.string().nullable(),
  quote_start: z.number().int().nullable(),
  quote_end: z.number().int().nullable(),
  title_zh: z.string(),
  reporting_body_zh: z.string(),
  reporting_body_en: z.string(),
  published_date: z.string().nullable(),
  is_local: z.boolean(),
});
export type SourceRow = z.infer<typeof sourceRowSchema>;

/** One observation with its report, followed by the observations it was derived from, if any. */
export function sourceQuery(observationId: string): Query {
  const sql = `
WITH target AS (SELECT observation_id, derived_from FROM observations WHERE observation_id = $1)
SELECT o.observation_id, o.observation_id <> $1 AS is_input, o.indicator_id,
  i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en, i.formula,
  o.report_id, o.jurisdiction_id, j.name_zh, j.name_en, CAST(o.year AS INTEGER) AS year,
  o.value, o.value_text, o.unit, o.qualifier, o.scope, o.method, o.quote,
  CAST(o.quote_start AS INTEGER) AS quote_start, CAST(o.quote_end AS INTEGER) AS quote_end,
  o.flag, o.flag_note, o.curation_note,
  r.title_zh, r.reporting_body_zh, r.reporting_body_en, r.body_level, r.published_date, ${isLocalSql('o')} AS is_local
FROM observations o
JOIN indicators i USING (indicator_id)
JOIN jurisdictions j USING (jurisdiction_id)
JOIN reports r USING (report_id)
WHERE o.observation_id = $1
   OR list_contains(string_split((SELECT derived_from FROM target), ';'), o.observation_id)
ORDER BY is_input, o.observation_id`;
  // An observation id is report/indicator/scope[/derived]; a derived row's inputs are of its category.
  return { sql, params: [observationId], reads: { indicators: [observationId.split('/')[1] ?? ''] } };
}
