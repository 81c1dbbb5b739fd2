import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryRunner } from '../sql/query';
import { firstChartDrawn, opensOnDefaultView, startEngine } from './engine';

const waitForFirstChart = typeof document !== 'undefined' && opensOnDefaultView() ? firstChartDrawn(1500) : Promise.resolve();

export const databaseQueryOptions = queryOptions({
  queryKey: ['database'],
  queryFn: async ({ client }): Promise<QueryRunner> => {
    await waitForFirstChart;
    const { runner, derived } = await startEngine();
    // Answers given from published derived rows that the app's own derivation changed are asked again.
    derived.then(
      (changed) => {
        if (changed > 0) void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'database' });
      },
      (error) => console.error('Deriving observations in the browser failed; the published derived rows stay in use.', error),
    );
    return runner;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export const useDatabase = () => useQuery(databaseQueryOptions);
