import { z } from 'zod';
import type { PlaceOption } from './catalog-query';
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
  return { sql, params: [...filterParams(filters), indicatorIds.join(',')], reads: { indicators: indicatorIds } };
}

/** Method × scope filters, as the key of a prebaked answer. */
export const methodScopeKey = (filters: Pick<Filters, 'method' | 'scope'>) => `${filters.method}/${filters.scope}`;

/** The cells of cellsQuery that have a value: all a prebaked file keeps, since the others follow from the places. */
export function valueCellsQuery(indicatorIds: readonly string[], filters: Filters): Query {
  const cells = cellsQuery(indicatorIds, filters);
  return { ...cells, sql: `SELECT * FROM (${cells.sql}) WHERE status = 'value' ORDER BY indicator_id, year, jurisdiction_id` };
}

/**
 * Prebaked cells are split by province, the first two digits of a place's division code, so that no
 * file grows with the corpus. The provinces themselves share shard `00`: a view that picks one picks
 * them all (a national build opens on them), and a view of a province's own places needs only its file.
 */
export const shardOf = (place: Pick<PlaceOption, 'division_code' | 'admin_level'>) => (place.admin_level === 'province' ? '00' : place.division_code.slice(0, 2));

/**
 * One indicator's value cells for the places of one province, as the build computed them with
 * valueCellsQuery under each prebaked method × scope filter; a row shared by several filters is stored once.
 */
export const prebakedShardSchema = z.object({
  rows: cellRowSchema.array(),
  byFilter: z.record(z.string(), z.array(z.number().int().nonnegative())),
});
export type PrebakedShard = z.infer<typeof prebakedShardSchema>;

/** Where the pipeline writes, and the app fetches, an indicator's cells for a province (relative to the site root). */
export const prebakedCellsDir = 'prebaked/cells';
export const prebakedCellsFile = (indicatorId: string, shard: string) => `${prebakedCellsDir}/${indicatorId}/${shard}.json`;

const missingCell = (indicatorId: string, place: PlaceOption, year: number): CellRow => ({
  indicator_id: indicatorId, jurisdiction_id: place.jurisdiction_id, name_zh: place.name_zh, name_en: place.name_en, year,
  status: place.years.includes(year) ? 'not_reported' : 'no_report',
  observation_id: null, report_id: null, value: null, value_text: null, unit: null, qualifier: null, scope: null, method: null, quote: null,
  flag: null, flag_note: null, derived_from: null, body_level: null, reporting_body_zh: null, reporting_body_en: null, other_values: 0, is_local: false,
});

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The places and years cellsQuery crosses: the picked places (all when none) and the picked years among those with a report. */
export function pickedPlacesAndYears(places: readonly PlaceOption[], filters: Filters) {
  const ids = new Set(filters.jurisdictions);
  const picked = places.filter((p) => ids.size === 0 || ids.has(p.jurisdiction_id)).toSorted((a, b) => byCode(a.jurisdiction_id, b.jurisdiction_id));
  const wanted = new Set(filters.years);
  const years = [...new Set(places.flatMap((p) => p.years))].filter((y) => wanted.size === 0 || wanted.has(y)).sort((a, b) => a - b);
  return { picked, years };
}

/**
 * A view's cells from the prebaked shards (keyed `indicator/shard`; a shard not there has no value):
 * the same rows, in the same order, as cellsQuery gives (a test holds the two together).
 */
export function pickPrebakedCells(shards: ReadonlyMap<string, PrebakedShard>, places: readonly PlaceOption[], indicatorIds: readonly string[], filters: Filters): CellRow[] {
  const { picked, years } = pickedPlacesAndYears(places, filters);
  const key = methodScopeKey(filters);
  return indicatorIds.toSorted().flatMap((indicatorId) => {
    const values = new Map<string, CellRow>();
    for (const shard of new Set(picked.map(shardOf))) {
      const prebaked = shards.get(`${indicatorId}/${shard}`);
      if (!prebaked) continue;
      const rows = prebaked.byFilter[key];
      if (!rows) throw new Error(`no prebaked cells of ${indicatorId} for ${key}`);
      for (const i of rows) values.set(`${prebaked.rows[i].jurisdiction_id}|${prebaked.rows[i].year}`, prebaked.rows[i]);
    }
    return years.flatMap((year) => picked.map((place) => values.get(`${place.jurisdiction_id}|${year}`) ?? missingCell(indicatorId, place, year)));
  });
}
