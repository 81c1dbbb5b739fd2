import { queryOptions, useQuery } from '@tanstack/react-query';
import firstView from '../../generated/first-view.json';
import { useDatabase } from '../../app/database';
import { indicatorOptionSchema, indicatorOptionsQuery, reportOptionSchema, reportOptionsQuery, type IndicatorOption, type ReportOption } from '../../sql/catalog-query';
import type { QueryRunner } from '../../sql/query';

export interface Catalog {
  indicators: IndicatorOption[];
  reports: ReportOption[];
}

/** Built into the bundle by `npm run extract`, validated like any query result. */
export const prebakedCatalog: Catalog = {
  indicators: indicatorOptionSchema.array().parse(firstView.indicators),
  reports: reportOptionSchema.array().parse(firstView.reports),
};

async function fetchCatalog(db: QueryRunner): Promise<Catalog> {
  const [indicators, reports] = await Promise.all([
    db.query(indicatorOptionsQuery, (rows) => indicatorOptionSchema.array().parse(rows)),
    db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows)),
  ]);
  return { indicators, reports };
}

const catalogQueryOptions = (db: QueryRunner | undefined) =>
  queryOptions({
    queryKey: ['catalog'],
    queryFn: () => fetchCatalog(db!),
    enabled: db !== undefined,
    initialData: prebakedCatalog,
    initialDataUpdatedAt: 0,
  });

export function useCatalog(): Catalog {
  const { data: db } = useDatabase();
  return useQuery(catalogQueryOptions(db)).data;
}
