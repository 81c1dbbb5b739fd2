import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryRunner } from '../sql/query';
import { firstChartDrawn, opensOnChartView, startEngine } from './engine';

const waitForFirstChart = typeof document !== 'undefined' && opensOnChartView() ? firstChartDrawn(1500) : Promise.resolve();

export const databaseQueryOptions = queryOptions({
  queryKey: ['database'],
  queryFn: async ({ client }): Promise<QueryRunner> => {
    await waitForFirstChart;
    const { runner, derived, onChange } = await startEngine();
    // Answers given from published derived rows that the app's own derivation changed are asked again.
    onChange(() => void client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'database' }));
    derived.catch((error) => console.error('Deriving observations in the browser failed; the published derived rows stay in use.', error));
    return runner;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export const useDatabase = () => useQuery(databaseQueryOptions);
