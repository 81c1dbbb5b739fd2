import firstView from '../../generated/first-view.json';
import { needEngine } from '../../app/engine';
import { fetchSiteFile } from '../../db/fetch-tables';
import { pickedPlacesAndYears, pickPrebakedCells, prebakedCellsFile, prebakedShardSchema, shardOf, type CellRow, type PrebakedShard } from '../../sql/cells-query';
import type { Filters } from '../../sql/query';
import { catalog } from '../catalog/catalog';

/** The provinces each indicator has values in (two-digit codes run together, in the catalog's order): a province not listed is fetched for nothing. */
const shardsWithValues = new Map(catalog.indicators.map((i, n) => [i.indicator_id, new Set(firstView.cellShards[n].match(/\d\d/g))]));

async function fetchShard(key: string): Promise<readonly [string, PrebakedShard]> {
  const [indicatorId, shard] = key.split('/');
  const response = await fetchSiteFile(prebakedCellsFile(indicatorId, shard));
  return [key, prebakedShardSchema.parse(await response.json())];
}

/** A view's cells as the build computed them, before the engine is up: only the provinces of its places are fetched. */
export async function fetchPrebakedCells(indicatorIds: readonly string[], filters: Filters): Promise<CellRow[]> {
  const provinces = new Set(pickedPlacesAndYears(catalog.places, filters).picked.map((p) => shardOf(p.division_code)));
  const keys = indicatorIds.flatMap((id) => [...provinces].filter((shard) => shardsWithValues.get(id)?.has(shard)).map((shard) => `${id}/${shard}`));
  try {
    return pickPrebakedCells(new Map(await Promise.all(keys.map(fetchShard))), catalog.places, indicatorIds, filters);
  } catch (error) {
    needEngine();
    throw error;
  }
}
