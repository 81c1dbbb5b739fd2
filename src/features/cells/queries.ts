import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import firstView from '../../generated/first-view.json';
import { useDatabase } from '../../app/database';
import { cellRowSchema, cellsQuery } from '../../sql/cells-query';
import type { Filters, QueryRunner } from '../../sql/query';
import { filtersOf, indicatorIdsOf } from '../../state/view-inputs';
import { defaultViewState } from '../../state/view-state';
import { catalog } from '../catalog/catalog';
import { fetchPrebakedCells } from './prebaked-cells';

const defaultKey = JSON.stringify([indicatorIdsOf(defaultViewState, catalog.indicators), filtersOf(defaultViewState, catalog.places)]);
const defaultCells = cellRowSchema.array().parse(firstView.defaultCells);

const fetchCells = (db: QueryRunner, indicatorIds: string[], filters: Filters) =>
  db.query(cellsQuery(indicatorIds, filters), (rows) => cellRowSchema.array().parse(rows));

/**
 * Until DuckDB-WASM is up, cells come from the build, which ran the same SQL: the default view's
 * with the bundle (so its chart is prerendered), any other view's from its indicators' prebaked
 * files. Once the engine is up it answers every view again, and the chart on screen stays until
 * its answer arrives.
 */
export const cellsQueryOptions = (db: QueryRunner | undefined, indicatorIds: string[], filters: Filters) =>
  queryOptions({
    queryKey: ['cells', db ? 'engine' : 'prebaked', indicatorIds, filters],
    queryFn: () => (db ? fetchCells(db, indicatorIds, filters) : fetchPrebakedCells(indicatorIds, filters)),
    initialData: !db && JSON.stringify([indicatorIds, filters]) === defaultKey ? defaultCells : undefined,
    staleTime: db ? 0 : Infinity,
    placeholderData: keepPreviousData,
  });

/** A prebaked file that fails to load only means waiting for the engine, which answers on its own. */
export function useCells(indicatorIds: string[], filters: Filters) {
  const { data: db } = useDatabase();
  const query = useQuery(cellsQueryOptions(db, indicatorIds, filters));
  return db ? query : { ...query, error: null };
}
