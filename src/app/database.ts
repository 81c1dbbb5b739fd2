import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QueryRunner } from '../sql/query';
import { firstChartDrawn, opensOnDefaultView, startEngine } from './engine';

const waitForFirstChart = typeof document !== 'undefined' && opensOnDefaultView() ? firstChartDrawn(1500) : Promise.resolve();

export const databaseQueryOptions = queryOptions({
  queryKey: ['database'],
  queryFn: async (): Promise<QueryRunner> => {
    await waitForFirstChart;
    return startEngine();
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: false,
});

export const useDatabase = () => useQuery(databaseQueryOptions);
