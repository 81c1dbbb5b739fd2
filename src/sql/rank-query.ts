import { isLocalSql } from './local-marks';
import { filterParams, filteredObservationsSql, pickedCellsSql, type Filters, type Query } from './query';

/**
 * The values a ranking compares, as cell rows (see cellRowSchema): for every picked place with a
 * report in a picked year, one row per scope and reporting-body level the indicator is given in,
 * the reported figure before a derived one (as cellsQuery picks), `other_values` counting the rest;
 * or one `not_reported` row when the report gives no figure. A place-year with no report is not a row:
 * it is no part of "n of N reported".
 */
export function rankQuery(indicatorId: string, filters: Filters): Query {
  const sql = `
WITH ${pickedCellsSql},
${filteredObservationsSql},
candidates AS (
  SELECT f.*, r.body_level, r.reporting_body_zh, r.reporting_body_en,
    row_number() OVER (PARTITION BY f.jurisdiction_id, f.year, f.scope, r.body_level ORDER BY f.method = 'reported' DESC, f.observation_id) AS pick,
    CAST(count(*) OVER (PARTITION BY f.jurisdiction_id, f.year, f.scope, r.body_level) - 1 AS INTEGER) AS other_values
  FROM filtered f JOIN reports r USING (report_id)
  WHERE f.indicator_id = $5
)
SELECT
  $5 AS indicator_id, j.jurisdiction_id, j.name_zh, j.name_en, CAST(rc.year AS INTEGER) AS year,
  CASE WHEN o.observation_id IS NULL THEN 'not_reported' ELSE 'value' END AS status,
  o.observation_id, o.report_id, o.value, o.value_text, o.unit, o.qualifier, o.scope, o.method, o.quote,
  o.flag, o.flag_note, o.derived_from, o.body_level, o.reporting_body_zh, o.reporting_body_en,
  coalesce(o.other_values, 0) AS other_values, coalesce(${isLocalSql('o')}, false) AS is_local
FROM picked_jurisdictions j
JOIN report_counts rc USING (jurisdiction_id)
JOIN picked_years y ON y.year = rc.year
LEFT JOIN candidates o ON o.jurisdiction_id = j.jurisdiction_id AND o.year = rc.year AND o.pick = 1
ORDER BY year DESC, j.jurisdiction_id, o.scope, o.body_level`;
  return { sql, params: [...filterParams(filters), indicatorId], reads: { indicators: [indicatorId] } };
}
