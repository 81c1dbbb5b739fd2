import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useDatabase } from '../../app/database';
import { localReportOptionsQuery, reportOptionSchema, reportOptionsQuery, type PlaceOption, type ReportOption } from '../../sql/catalog-query';
import { catalog, yearsOf, type Catalog } from './catalog';

const none: ReportOption[] = [];

// A national build bundles no report list (it would grow with the corpus): the engine gives it whole.
const bundlesReports = catalog.reports.length > 0;

/** Places known only from the reports kept here, which the bundled places cannot list. */
function placesOfLocalReports(reports: readonly ReportOption[], known: ReadonlySet<string>): PlaceOption[] {
  const places = new Map<string, PlaceOption>();
  for (const { jurisdiction_id, name_zh, name_en, admin_level, division_code, parent_code, year, is_local } of reports) {
    if (known.has(jurisdiction_id) || !is_local) continue;
    const place = places.get(jurisdiction_id) ?? { jurisdiction_id, name_zh, name_en, admin_level, division_code, parent_code, years: [], is_local: true };
    places.set(jurisdiction_id, { ...place, years: [...new Set([...place.years, year])].sort((a, b) => a - b) });
  }
  return [...places.values()];
}

const bundledPlaces = new Set(catalog.places.map((p) => p.jurisdiction_id));

/**
 * The published catalog and the reports kept in this browser, which the engine loads at start.
 * `settled` says the kept reports are known (or cannot be), so that a link naming one can be judged.
 */
export function useCatalog(): { catalog: Catalog; kept: ReportOption[]; settled: boolean } {
  const database = useDatabase();
  const db = database.data;
  const asked = useQuery({
    queryKey: ['report-options', bundlesReports ? 'local' : 'all'],
    queryFn: () => db!.query(bundlesReports ? localReportOptionsQuery : reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows)),
    enabled: db !== undefined,
  });
  const answer = asked.data ?? none;
  const merged = useMemo(() => {
    if (answer.length === 0) return catalog;
    const places = [...catalog.places, ...placesOfLocalReports(answer, bundledPlaces)];
    const reports = bundlesReports ? [...catalog.reports, ...answer] : answer;
    return { ...catalog, reports, places, years: [...new Set([...yearsOf(places), ...reports.map((r) => r.year)])].sort((a, b) => a - b) };
  }, [answer]);
  const kept = useMemo(() => answer.filter((r) => r.is_local), [answer]);
  const settled = asked.isSuccess || asked.isError || database.isError;
  return { catalog: merged, kept, settled };
}
