import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { Filters, QueryRunner } from '../../sql/query';
import { pairingQuery, pairingRowSchema } from '../../sql/scatter-query';

const pairingQueryOptions = (db: QueryRunner | undefined, xIndicatorId: string, filters: Filters) =>
  queryOptions({
    queryKey: ['pairings', xIndicatorId, filters],
    queryFn: () => db!.query(pairingQuery(xIndicatorId, filters), (rows) => pairingRowSchema.array().parse(rows)),
    enabled: db !== undefined,
    placeholderData: keepPreviousData,
  });

/** The indicators sharing place-years with x, most first. */
export function usePairings(xIndicatorId: string, filters: Filters) {
  const { data: db } = useDatabase();
  return useQuery(pairingQueryOptions(db, xIndicatorId, filters));
}
