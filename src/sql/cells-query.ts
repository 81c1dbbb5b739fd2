import { z } from 'zod';
import { isLocalSql } from './local-marks';
import { filterParams, filteredObservationsSql, pickedCellsSql, type Filters, type Query } from './query';

export const cellStatuses = ['value', 'not_reported', 'no_report'] as const;

export const cellRowSchema = z.object({
  indicator_id: z.string(),
  jurisdiction_id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  year: z.number().int(),
  status: z.enum(cellStatuses),
  observation_id: z.string().nullable(),
  report_id: z.string().nullable(),
  value: z.number().nullable(),
  value_text: z.string().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  scope: z.string().nullable(),
  method: z.string().nullable(),
  quote: z.string().nullable(),
  flag: z.string().nullable(),
  flag_note: z.string().nullable(),
  derived_from: z.string().nullable(),
  body_level: z.string().nullable(),
  reporting_body_zh: z.string().nullable(),
  reporting_body_en: z.string().nullable(),
  other_values: z.number().int(),
  is_local: z.boolean(),
});
export type CellRow = z.infer<typeof cellRowSchema>;

/**
 * One row per indicator × jurisdiction × year cell, saying whether the cell has a value, has a
 * report that does not give the figure (`not_reported`) or has no report at all (`no_report`).
 * Where a cell has several observations (reported and derived, or two scopes), the reported one
 * and the widest scope are shown and `other_values` counts the rest, which the table lists.
 */
export function cellsQuery(indicatorIds: readonly string[], filters: Filters): Query {
  const sql = `
WITH ${pickedCellsSql},
${filteredObservationsSql},
picked_indicators AS (
  SELECT indicator_id FROM indicators WHERE list_contains(string_split($5, ','), indicator_id)
),
ranked AS (
  SELECT f.*,
    row_number() OVER (
      PARTITION BY indicator_id, jurisdiction_id, year
      ORDER BY method = 'reported' DESC,
        CASE scope WHEN 'jurisdiction_wide' THEN 0 WHEN 'not_stated' THEN 1 WHEN 'government_own_level' THEN 2 ELSE 3 END,
        observation_id
    ) AS rank,
    CAST(count(*) OVER (PARTITION BY indicator_id, jurisdiction_id, year) - 1 AS INTEGER) AS other_values
  FROM filtered f
  WHERE indicator_id IN (SELECT indicator_id FROM picked_indicators)
)
SELECT
  i.indicator_id, j.jurisdiction_id, j.name_zh, j.name_en, CAST(y.year AS INTEGER) AS year,
  CASE WHEN o.observation_id IS NOT NULL THEN 'value' WHEN rc.reports IS NOT NULL THEN 'not_reported' ELSE 'no_report' END AS status,
  o.observation_id, o.report_id, o.value, o.value_text, o.unit, o.qualifier, o.scope, o.method, o.quote,
  o.flag, o.flag_note, o.derived_from, r.body_level, r.reporting_body_zh, r.reporting_body_en,
  coalesce(o.other_values, 0) AS other_values, coalesce(${isLocalSql('o')}, false) AS is_local
FROM picked_indicators i
CROSS JOIN picked_jurisdictions j
CROSS JOIN picked_years y
LEFT JOIN report_counts rc ON rc.jurisdiction_id = j.jurisdiction_id AND rc.year = y.year
LEFT JOIN ranked o ON o.indicator_id = i.indicator_id AND o.jurisdiction_id = j.jurisdiction_id AND o.year = y.year AND o.rank = 1
LEFT JOIN reports r ON r.report_id = o.report_id
ORDER BY i.indicator_id, y.year, j.jurisdiction_id`;
  return { sql, params: [...filterParams(filters), indicatorIds.join(',')], reads: { indicators: indicatorIds, years: filters.years } };
}

/** Method × scope filters, as the key of a prebaked answer. */
export const methodScopeKey = (filters: Pick<Filters, 'method' | 'scope'>) => `${filters.method}/${filters.scope}`;

/**
 * One indicator's cells for all jurisdictions and years under every method × scope filter, as the
 * build computed them with cellsQuery; answers shared by several filters are stored once.
 */
export const prebakedCellsSchema = z.object({
  answers: z.array(cellRowSchema.array()),
  byFilter: z.record(z.string(), z.number().int().nonnegative()),
});
export type PrebakedCells = z.infer<typeof prebakedCellsSchema>;

/**
 * A view's cells from its indicators' prebaked answers: for a choice of jurisdictions and years,
 * cellsQuery gives exactly those rows of its answer for all of them (a test holds the SQL to this).
 */
export function pickPrebakedCells(prebaked: ReadonlyMap<string, PrebakedCells>, indicatorIds: readonly string[], filters: Filters): CellRow[] {
  const jurisdictions = new Set(filters.jurisdictions);
  const years = new Set(filters.years);
  return indicatorIds
    .toSorted()
    .flatMap((id) => {
      const cells = prebaked.get(id);
      const answer = cells?.answers[cells.byFilter[methodScopeKey(filters)]];
      if (!answer) throw new Error(`no prebaked cells of ${id} for ${methodScopeKey(filters)}`);
      return answer;
    })
    .filter((c) => (jurisdictions.size === 0 || jurisdictions.has(c.jurisdiction_id)) && (years.size === 0 || years.has(c.year)));
}

/** Where the pipeline writes, and the app fetches, each indicator's prebaked cells (relative to the site root). */
export const prebakedCellsDir = 'prebaked/cells';
export const prebakedCellsFile = (indicatorId: string) => `${prebakedCellsDir}/${indicatorId}.json`;
