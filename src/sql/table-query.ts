import { z } from 'zod';
import { observationFields } from './observation-fields';
import { isLocalSql } from './local-marks';
import { filterParams, filteredObservationsSql, pickedCellsSql, type Filters, type Query } from './query';

const derivationInputSchema = z.object({
  observation_id: z.string(),
  indicator_id: z.string(),
  value: z.number(),
  unit: z.string(),
  qualifier: z.string().nullable(),
});
export type DerivationInput = z.infer<typeof derivationInputSchema>;

const parseInput = (text: string): DerivationInput => {
  const [observation_id, indicator_id, value, unit, qualifier] = text.split('|');
  return derivationInputSchema.parse({ observation_id, indicator_id, value: Number(value), unit, qualifier: qualifier || null });
};

export const tableRowSchema = z.object({
  ...observationFields,
  derived_from: z.string().nullable(),
  is_local: z.boolean(),
  /** A derived row's inputs, each with its own source: `id|indicator|value|unit|qualifier`, joined by `;` as derived_from is. */
  inputs: z.string().nullable().transform((text) => (text === null ? [] : text.split(';').map(parseInput))),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** Every observation behind a view: all scopes and both methods, which the charts fold into one value a cell. */
export function tableQuery(indicatorIds: readonly string[], filters: Filters): Query {
  const sql = `
WITH ${pickedCellsSql},
${filteredObservationsSql}
SELECT f.observation_id, f.indicator_id, f.jurisdiction_id, j.name_zh, j.name_en, CAST(f.year AS INTEGER) AS year,
  f.report_id, f.value, f.value_text, f.unit, f.qualifier, f.scope, f.method, f.derived_from, f.quote,
  f.flag, f.flag_note, f.curation_note, r.body_level, ${isLocalSql('f')} AS is_local,
  (SELECT string_agg(concat_ws('|', i.observation_id, i.indicator_id, CAST(i.value AS VARCHAR), i.unit, coalesce(i.qualifier, '')), ';' ORDER BY i.observation_id)
   FROM observations i WHERE list_contains(string_split(f.derived_from, ';'), i.observation_id)) AS inputs
FROM filtered f
JOIN picked_jurisdictions j USING (jurisdiction_id)
JOIN picked_years y USING (year)
JOIN reports r USING (report_id)
WHERE list_contains(string_split($5, ','), f.indicator_id)
ORDER BY f.indicator_id, f.year, f.jurisdiction_id, f.method DESC, f.scope`;
  return { sql, params: [...filterParams(filters), indicatorIds.join(',')], reads: { indicators: indicatorIds } };
}
