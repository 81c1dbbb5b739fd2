import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchTables } from '../db/fetch-tables';
import type { QueryRunner } from '../sql/query';

/** Data download and engine boot start together; the engine module itself loads on demand. */
async function startDatabase(): Promise<QueryRunner> {
  const tables = fetchTables();
  tables.catch(() => undefined);
  const { startDuckDB } = await import('../db/duckdb');
  return startDuckDB(tables);
}

export const databaseQueryOptions = queryOptions({
  queryKey: ['database'],
  queryFn: startDatabase,
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export const useDatabase = () => useQuery(databaseQueryOptions);
