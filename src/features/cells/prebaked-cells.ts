import { fetchSiteFile } from '../../db/fetch-tables';
import { pickPrebakedCells, prebakedCellsFile, prebakedCellsSchema, type CellRow, type PrebakedCells } from '../../sql/cells-query';
import type { Filters } from '../../sql/query';

async function fetchIndicatorCells(indicatorId: string): Promise<readonly [string, PrebakedCells]> {
  const response = await fetchSiteFile(prebakedCellsFile(indicatorId));
  return [indicatorId, prebakedCellsSchema.parse(await response.json())];
}

/** A view's cells as the build computed them, before the engine is up. */
export async function fetchPrebakedCells(indicatorIds: readonly string[], filters: Filters): Promise<CellRow[]> {
  return pickPrebakedCells(new Map(await Promise.all(indicatorIds.map(fetchIndicatorCells))), indicatorIds, filters);
}
