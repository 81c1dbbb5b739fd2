import { z } from 'zod';
import { filterParams, filteredObservationsSql, pickedCellsSql, type Filters, type Query } from './query';

export const pairingRowSchema = z.object({
  indicator_id: z.string(),
  /** Place-years of the filters where both this indicator and the x indicator have a value. */
  shared: z.number().int(),
});
export type PairingRow = z.infer<typeof pairingRowSchema>;

/**
 * The indicators that share place-years with `xIndicatorId` under the filters, most shared first:
 * the first is the two-indicator view's default y. Reads every partition, as any indicator may pair.
 */
export function pairingQuery(xIndicatorId: string, filters: Filters): Query {
  const sql = `
WITH ${pickedCellsSql},
${filteredObservationsSql},
place_years AS (SELECT DISTINCT indicator_id, jurisdiction_id, year FROM filtered)
SELECT o.indicator_id, CAST(count(*) AS INTEGER) AS shared
FROM place_years o
JOIN place_years x ON x.indicator_id = $5 AND x.jurisdiction_id = o.jurisdiction_id AND x.year = o.year
WHERE o.indicator_id <> $5
GROUP BY o.indicator_id
ORDER BY shared DESC, o.indicator_id`;
  return { sql, params: [...filterParams(filters), xIndicatorId] };
}
