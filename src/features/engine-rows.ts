import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { useDatabase } from '../app/database';
import type { Query } from '../sql/query';

/** Rows of one query from the engine once it is up, checked by `schema`; the rows on screen stay until the next answer. */
export function useEngineRows<T>(key: readonly unknown[], query: Query, schema: z.ZodType<T>) {
  const { data: db } = useDatabase();
  return useQuery(
    queryOptions({
      queryKey: key,
      queryFn: () => db!.query(query, (rows) => schema.array().parse(rows)),
      enabled: db !== undefined,
      placeholderData: keepPreviousData,
    }),
  );
}
