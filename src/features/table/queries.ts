import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { Filters, QueryRunner } from '../../sql/query';
import { tableQuery, tableRowSchema } from '../../sql/table-query';

const tableQueryOptions = (db: QueryRunner | undefined, indicatorIds: string[], filters: Filters) =>
  queryOptions({
    queryKey: ['table', indicatorIds, filters],
    queryFn: () => db!.query(tableQuery(indicatorIds, filters), (rows) => tableRowSchema.array().parse(rows)),
    enabled: db !== undefined,
    placeholderData: keepPreviousData,
  });

export function useTableRows(indicatorIds: string[], filters: Filters) {
  const { data: db } = useDatabase();
  return useQuery(tableQueryOptions(db, indicatorIds, filters));
}
