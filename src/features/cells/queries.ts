import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import firstView from '../../generated/first-view.json';
import { useDatabase } from '../../app/database';
import { cellRowSchema, cellsQuery } from '../../sql/cells-query';
import type { Filters, QueryRunner } from '../../sql/query';
import { filtersOf, indicatorIdsOf } from '../../state/view-inputs';
import { defaultViewState } from '../../state/view-state';
import { catalog } from '../catalog/catalog';

const prebakedKey = JSON.stringify([indicatorIdsOf(defaultViewState, catalog.indicators), filtersOf(defaultViewState)]);
const prebakedCells = cellRowSchema.array().parse(firstView.defaultCells);

const fetchCells = (db: QueryRunner, indicatorIds: string[], filters: Filters) =>
  db.query(cellsQuery(indicatorIds, filters), (rows) => cellRowSchema.array().parse(rows));

/**
 * The default view's cells come with the bundle as stale data, so its chart is drawn before
 * DuckDB-WASM is up and queried again once it is; every other view waits for the engine,
 * keeping the previous chart on screen meanwhile.
 */
export const cellsQueryOptions = (db: QueryRunner | undefined, indicatorIds: string[], filters: Filters) =>
  queryOptions({
    queryKey: ['cells', indicatorIds, filters],
    queryFn: () => fetchCells(db!, indicatorIds, filters),
    enabled: db !== undefined,
    initialData: JSON.stringify([indicatorIds, filters]) === prebakedKey ? prebakedCells : undefined,
    initialDataUpdatedAt: 0,
    placeholderData: keepPreviousData,
  });

export function useCells(indicatorIds: string[], filters: Filters) {
  const { data: db } = useDatabase();
  return useQuery(cellsQueryOptions(db, indicatorIds, filters));
}
