import firstView from '../../generated/first-view.json';
import { needEngine } from '../../app/engine';
import { fetchSiteFile } from '../../db/fetch-tables';
import { methodScopeKey, pickedPlacesAndYears, pickPrebakedCells, prebakedCellsFile, prebakedShardSchema, shardOf, type CellRow, type PrebakedShard } from '../../sql/cells-query';
import type { Filters } from '../../sql/query';
import { catalog } from '../catalog/catalog';

/** The provinces each indicator has values in (two-digit codes run together, in the catalog's order): a province not listed is fetched for nothing. */
const shardsWithValues = new Map(catalog.indicators.map((i, n) => [i.indicator_id, new Set(firstView.cellShards[n].match(/\d\d/g))]));

const prebakedFilters = new Set<string>(firstView.cellFilters);

/** Whether the build prebaked the cells of views with these filters. */
export const isPrebaked = (filters: Filters) => prebakedFilters.has(methodScopeKey(filters));

// Enough for a walk through a few provinces and indicators; a national shard is at most a few hundred KB.
const keptShards = 64;
const shardCache = new Map<string, Promise<PrebakedShard>>();

async function fetchShard(key: string): Promise<PrebakedShard> {
  const [indicatorId, shard] = key.split('/');
  const response = await fetchSiteFile(prebakedCellsFile(indicatorId, shard));
  return prebakedShardSchema.parse(await response.json());
}

/** A shard fetched once and kept while it is among the last used; a failed fetch is forgotten. */
function cachedShard(key: string): Promise<PrebakedShard> {
  const cached = shardCache.get(key) ?? fetchShard(key);
  shardCache.delete(key);
  shardCache.set(key, cached);
  cached.catch(() => shardCache.delete(key));
  if (shardCache.size > keptShards) shardCache.delete(shardCache.keys().next().value!);
  return cached;
}

/** A view's cells as the build computed them: only the provinces of its places are fetched. */
export async function fetchPrebakedCells(indicatorIds: readonly string[], filters: Filters): Promise<CellRow[]> {
  const provinces = new Set(pickedPlacesAndYears(catalog.places, filters).picked.map(shardOf));
  const keys = indicatorIds.flatMap((id) => [...provinces].filter((shard) => shardsWithValues.get(id)?.has(shard)).map((shard) => `${id}/${shard}`));
  try {
    if (!isPrebaked(filters)) throw new Error(`no prebaked cells for ${methodScopeKey(filters)}`);
    const shards = await Promise.all(keys.map(async (key) => [key, await cachedShard(key)] as const));
    return pickPrebakedCells(new Map(shards), catalog.places, indicatorIds, filters);
  } catch (error) {
    needEngine();
    throw error;
  }
}
