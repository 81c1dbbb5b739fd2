import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import { cellRowSchema } from '../../sql/cells-query';
import type { Filters, QueryRunner } from '../../sql/query';
import { rankQuery } from '../../sql/rank-query';

const rankQueryOptions = (db: QueryRunner | undefined, indicatorId: string, filters: Filters) =>
  queryOptions({
    queryKey: ['rank', indicatorId, filters],
    queryFn: () => db!.query(rankQuery(indicatorId, filters), (rows) => cellRowSchema.array().parse(rows)),
    enabled: db !== undefined,
    placeholderData: keepPreviousData,
  });

export function useRankCells(indicatorId: string, filters: Filters) {
  const { data: db } = useDatabase();
  return useQuery(rankQueryOptions(db, indicatorId, filters));
}
