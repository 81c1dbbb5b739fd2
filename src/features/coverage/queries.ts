import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import { coverageQuery, coverageRowSchema } from '../../sql/coverage-query';
import type { Filters, QueryRunner } from '../../sql/query';

const coverageQueryOptions = (db: QueryRunner | undefined, category: string | null, filters: Filters) =>
  queryOptions({
    queryKey: ['coverage', category, filters],
    queryFn: () => db!.query(coverageQuery(category, filters), (rows) => coverageRowSchema.array().parse(rows)),
    enabled: db !== undefined,
    placeholderData: keepPreviousData,
  });

export function useCoverage(category: string | null, filters: Filters) {
  const { data: db } = useDatabase();
  return useQuery(coverageQueryOptions(db, category, filters));
}
