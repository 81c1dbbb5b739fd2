/** Queries the console offers and that its tests run on the real tables: each must pass the guard and run. */
export const consoleExamples = {
  valuesPerIndicator: `-- 每个指标有多少个数值（已报告与计算所得）
SELECT indicator_id, count(*) AS n
FROM observations
GROUP BY indicator_id
ORDER BY n DESC, indicator_id
LIMIT 20`,
  valuesPerReport: `SELECT r.report_id, r.reporting_body_zh, count(o.observation_id) AS n
FROM reports r LEFT JOIN observations o USING (report_id)
GROUP BY ALL
ORDER BY n DESC, r.report_id`,
  summarizeObservations: 'SUMMARIZE observations',
  mentionsByDisposition: `SELECT disposition, count(*) AS n
FROM mentions
GROUP BY disposition
ORDER BY n DESC`,
  describeReports: 'DESCRIBE reports;',
  mediationByPlace: `WITH m AS (
  SELECT jurisdiction_id, year, value FROM observations
  WHERE indicator_id = 'mediation_cases' AND method = 'reported'
)
SELECT j.name_zh || ' ' || m.year AS place_year, max(m.value) AS cases
FROM m JOIN jurisdictions j USING (jurisdiction_id)
GROUP BY ALL ORDER BY cases DESC`,
} as const;

/** What an empty console shows. */
export const consoleExample = consoleExamples.valuesPerIndicator;
