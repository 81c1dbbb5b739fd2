import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import firstView from '../../generated/first-view.json';
import { useDatabase } from '../../app/database';
import { cellRowSchema, cellsQuery } from '../../sql/cells-query';
import type { Filters, QueryRunner } from '../../sql/query';
import { filtersOf, indicatorIdsOf } from '../../state/view-inputs';
import { defaultViewState } from '../../state/view-state';
import { catalog } from '../catalog/catalog';
import { useCatalog } from '../catalog/use-catalog';
import { fetchPrebakedCells, isPrebaked } from './prebaked-cells';

const defaultKey = JSON.stringify([indicatorIdsOf(defaultViewState, catalog.indicators), filtersOf(defaultViewState, catalog.places)]);
const defaultCells = cellRowSchema.array().parse(firstView.defaultCells);

const fetchCells = (db: QueryRunner, indicatorIds: string[], filters: Filters) =>
  db.query(cellsQuery(indicatorIds, filters), (rows) => cellRowSchema.array().parse(rows));

/**
 * Cells from the engine when `db` is given, else from the build, which ran the same SQL on the same
 * tables: the default view's with the bundle (so its chart is prerendered), any other view's from
 * its indicators' prebaked files, or from `fallback` if those fail to load. The chart on screen
 * stays until the new answer arrives.
 */
export const cellsQueryOptions = (db: QueryRunner | undefined, indicatorIds: string[], filters: Filters, fallback?: QueryRunner) =>
  queryOptions({
    // A prebaked answer that failed before the engine was up is asked again once it can fall back.
    queryKey: ['cells', db ? 'engine' : fallback ? 'prebaked or engine' : 'prebaked', indicatorIds, filters],
    queryFn: () =>
      db
        ? fetchCells(db, indicatorIds, filters)
        : fetchPrebakedCells(indicatorIds, filters).catch((error: unknown) => (fallback ? fetchCells(fallback, indicatorIds, filters) : Promise.reject(error))),
    initialData: !db && JSON.stringify([indicatorIds, filters]) === defaultKey ? defaultCells : undefined,
    staleTime: db ? 0 : Infinity,
    placeholderData: keepPreviousData,
  });

/**
 * The prebaked cells answer while the engine boots, and after, as long as they are the engine's
 * answer too: under a prebaked filter and with no report kept in this browser. A prebaked file is a
 * small fetch where the engine would run a query over every loaded partition (on a national build, a
 * filter change drawn in 50 ms against 150). Before the engine is up, a file that fails to load
 * only means waiting for the engine, which answers on its own; after, the engine answers instead.
 */
export function useCells(indicatorIds: string[], filters: Filters) {
  const { data: db } = useDatabase();
  const { kept } = useCatalog();
  const engine = db && (kept.length > 0 || !isPrebaked(filters)) ? db : undefined;
  const query = useQuery(cellsQueryOptions(engine, indicatorIds, filters, db));
  return db ? query : { ...query, error: null };
}
