import { z } from 'zod';
import { filterParams, filteredObservationsSql, pickedCellsSql, type Filters, type Query } from './query';

export const coverageRowSchema = z.object({
  indicator_id: z.string(),
  report_id: z.string(),
  reported: z.number().int(),
  derived: z.number().int(),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

/** How many reported and derived values each report gives for each indicator (of one category, or all). */
export function coverageQuery(category: string | null, filters: Filters): Query {
  const sql = `
WITH ${pickedCellsSql},
${filteredObservationsSql}
SELECT f.indicator_id, f.report_id,
  CAST(count(*) FILTER (WHERE f.method = 'reported') AS INTEGER) AS reported,
  CAST(count(*) FILTER (WHERE f.method = 'derived') AS INTEGER) AS derived
FROM filtered f
JOIN picked_jurisdictions USING (jurisdiction_id)
JOIN picked_years USING (year)
JOIN indicators i USING (indicator_id)
WHERE $5 = '' OR i.category = $5
GROUP BY ALL
ORDER BY f.indicator_id, f.report_id`;
  return { sql, params: [...filterParams(filters), category ?? ''], reads: { category } };
}
