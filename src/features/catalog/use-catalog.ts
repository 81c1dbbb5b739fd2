import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../app/database';
import { localReportOptionsQuery, reportOptionSchema, type ReportOption } from '../../sql/catalog-query';
import { catalog, type Catalog } from './catalog';

const none: ReportOption[] = [];

/**
 * The published catalog and the reports kept in this browser, which the engine loads at start.
 * `settled` says the kept reports are known (or cannot be), so that a link naming one can be judged.
 */
export function useCatalog(): { catalog: Catalog; kept: ReportOption[]; settled: boolean } {
  const database = useDatabase();
  const db = database.data;
  const local = useQuery({
    queryKey: ['local-report-options'],
    queryFn: () => db!.query(localReportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows)),
    enabled: db !== undefined,
  });
  const kept = local.data ?? none;
  const merged = useMemo(() => (kept.length === 0 ? catalog : { ...catalog, reports: [...catalog.reports, ...kept] }), [kept]);
  return { catalog: merged, kept, settled: local.isSuccess || local.isError || database.isError };
}
