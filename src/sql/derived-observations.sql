-- Every observation: the reported rows as they are, plus one derived row per formula in the
-- indicator catalog whose two inputs the same report gives for the same scope. Where a report
-- states a rate and also its inputs, both rows are kept and each is flagged when they disagree
-- by more than the rounding of the stated figure.
-- Reads: observations_reported (method = 'reported'), indicators (derivation_op, _a, _b).
-- Used by the pipeline (scripts/io) and by the browser; keep it to DuckDB core functions.
WITH formula AS (
  SELECT indicator_id, unit, derivation_op AS op, derivation_a AS a, derivation_b AS b
  FROM indicators
  WHERE derivation_op IS NOT NULL
),
derived AS (
  SELECT
    ia.report_id || '/' || f.indicator_id || '/' || ia.scope || '/derived' AS observation_id,
    ia.report_id,
    ia.jurisdiction_id,
    ia.year,
    f.indicator_id,
    round(CASE f.op
      WHEN 'ratio' THEN ia.value / ib.value * 100
      WHEN 'difference' THEN ia.value - ib.value
      WHEN 'sum' THEN ia.value + ib.value
      WHEN 'reduction_percent' THEN (ia.value - ib.value) / ia.value * 100
    END, 4) AS value,
    CAST(NULL AS VARCHAR) AS value_text,
    f.unit,
    CASE WHEN ia.qualifier = 'exact' AND ib.qualifier = 'exact' THEN 'exact' ELSE 'approx' END AS qualifier,
    ia.scope,
    'derived' AS method,
    ia.observation_id || ';' || ib.observation_id AS derived_from,
    CAST(NULL AS VARCHAR) AS quote,
    CAST(NULL AS INTEGER) AS quote_start,
    CAST(NULL AS INTEGER) AS quote_end,
    CAST(NULL AS VARCHAR) AS flag,
    CAST(NULL AS VARCHAR) AS flag_note,
    CAST(NULL AS VARCHAR) AS curation_note
  FROM formula f
  JOIN observations_reported ia ON ia.indicator_id = f.a
  JOIN observations_reported ib
    ON ib.indicator_id = f.b AND ib.report_id = ia.report_id AND ib.scope = ia.scope
  WHERE NOT (f.op IN ('ratio', 'reduction_percent') AND (CASE f.op WHEN 'ratio' THEN ib.value ELSE ia.value END) = 0)
),
combined AS (
  SELECT * FROM observations_reported
  UNION ALL BY NAME
  SELECT * FROM derived
),
-- Half a unit of the stated figure's last written digit, scaled by its 万/亿.
disagreement AS (
  SELECT r.observation_id AS reported_id, d.observation_id AS derived_id, r.value AS stated, d.value AS computed
  FROM combined r
  JOIN combined d USING (report_id, indicator_id, scope)
  WHERE r.method = 'reported' AND d.method = 'derived' AND r.qualifier = 'exact' AND d.qualifier = 'exact'
    AND abs(r.value - d.value) > 0.5
      * pow(10, -length(coalesce(regexp_extract(r.value_text, '\.(\d+)', 1), '')))
      * CASE WHEN contains(r.value_text, '亿') THEN 1e8 WHEN contains(r.value_text, '万') THEN 1e4 ELSE 1 END
      + 1e-9
)
SELECT c.* REPLACE (
  coalesce(
    CASE WHEN dr.reported_id IS NOT NULL THEN 'disagrees_with_derived' END,
    CASE WHEN dd.derived_id IS NOT NULL THEN 'disagrees_with_reported' END,
    c.flag
  ) AS flag,
  coalesce(
    CASE WHEN dr.reported_id IS NOT NULL
      THEN format('stated {} but its inputs give {}', dr.stated, round(dr.computed, 2)) END,
    CASE WHEN dd.derived_id IS NOT NULL
      THEN format('computed {} but the report states {}', round(dd.computed, 2), dd.stated) END,
    c.flag_note
  ) AS flag_note
)
FROM combined c
LEFT JOIN disagreement dr ON dr.reported_id = c.observation_id
LEFT JOIN disagreement dd ON dd.derived_id = c.observation_id
ORDER BY c.report_id, c.indicator_id, c.scope, c.method
