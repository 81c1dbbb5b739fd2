import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../app/database';
import { localReportOptionsQuery, reportOptionSchema, reportOptionsQuery, type ReportOption } from '../../sql/catalog-query';
import { catalog, type Catalog } from './catalog';

const none: ReportOption[] = [];

// A national build bundles no report list (it would grow with the corpus): the engine gives it whole.
const bundlesReports = catalog.reports.length > 0;

/**
 * The published catalog and the reports kept in this browser, which the engine loads at start.
 * `settled` says the kept reports are known (or cannot be), so that a link naming one can be judged;
 * `placesKnown` that the places are, so that a link naming places or groups of them can be.
 */
export function useCatalog(): { catalog: Catalog; kept: ReportOption[]; settled: boolean; placesKnown: boolean } {
  const database = useDatabase();
  const db = database.data;
  const asked = useQuery({
    queryKey: ['report-options', bundlesReports ? 'local' : 'all'],
    queryFn: () => db!.query(bundlesReports ? localReportOptionsQuery : reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows)),
    enabled: db !== undefined,
  });
  const answer = asked.data ?? none;
  const merged = useMemo(
    () => (answer.length === 0 ? catalog : { ...catalog, reports: bundlesReports ? [...catalog.reports, ...answer] : answer }),
    [answer],
  );
  const kept = useMemo(() => answer.filter((r) => r.is_local), [answer]);
  const settled = asked.isSuccess || asked.isError || database.isError;
  return { catalog: merged, kept, settled, placesKnown: bundlesReports || settled };
}
