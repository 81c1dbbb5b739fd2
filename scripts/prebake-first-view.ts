import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cellRowSchema, cellsQuery, methodScopeKey, prebakedCellsDir, prebakedCellsFile, shardOf, valueCellsQuery, type PrebakedShard } from '../src/sql/cells-query';
import { indicatorNoteSchema, indicatorNotesQuery, indicatorOptionSchema, indicatorOptionsQuery, placeOptionSchema, placeOptionsQuery, reportOptionSchema, reportOptionsQuery } from '../src/sql/catalog-query';
import { allFilters, type Filters, type QueryRunner } from '../src/sql/query';
import { filtersOf, indicatorIdsOf } from '../src/state/view-inputs';
import { defaultViewState, methodFilters, scopeFilters, type ViewState } from '../src/state/view-state';
import { openAppDatabase } from './io/app-database';

/** Every method × scope filter: what a five-report build prebakes. */
export const everyFilter: Filters[] = methodFilters.flatMap((method) => scopeFilters.map((scope) => ({ ...allFilters, method, scope })));

/** Indicators queried together: enough to keep the queries few, few enough that a national answer stays small. */
const batchSize = 16;

/**
 * Each indicator's value cells under each filter, split by province: one file per indicator and
 * province that has a value (its key `indicator/shard`), each row stored once however many filters
 * share it. Yielded a batch of indicators at a time, so that a national corpus is never held whole.
 */
export async function* prebakeCells(db: QueryRunner, indicatorIds: string[], filters: Filters[]): AsyncGenerator<[string, PrebakedShard]> {
  const places = await db.query(placeOptionsQuery, (rows) => placeOptionSchema.array().parse(rows));
  const shardOfPlace = new Map(places.map((p) => [p.jurisdiction_id, shardOf(p)]));
  for (let start = 0; start < indicatorIds.length; start += batchSize) {
    const batch = indicatorIds.slice(start, start + batchSize);
    const shards = new Map<string, PrebakedShard & { index: Map<string, number> }>();
    for (const filter of filters) {
      for (const row of await db.query(valueCellsQuery(batch, filter), (rows) => cellRowSchema.array().parse(rows))) {
        const key = `${row.indicator_id}/${shardOfPlace.get(row.jurisdiction_id)}`;
        if (!shards.has(key)) shards.set(key, { rows: [], byFilter: Object.fromEntries(filters.map((f) => [methodScopeKey(f), []])), index: new Map() });
        const shard = shards.get(key)!;
        const text = JSON.stringify(row);
        if (!shard.index.has(text)) shard.index.set(text, shard.rows.push(row) - 1);
        shard.byFilter[methodScopeKey(filter)].push(shard.index.get(text)!);
      }
    }
    for (const [key, { rows, byFilter }] of [...shards].sort(([a], [b]) => a.localeCompare(b))) yield [key, { rows, byFilter }];
  }
}

/**
 * Which provinces each indicator has values in, from the prebaked files' keys, for the first view to
 * bundle: one string of two-digit codes per indicator, in the catalog's order. A province not listed has none.
 */
export function cellShardsOf(keys: Iterable<string>, indicatorIds: readonly string[]): string[] {
  const listed = new Map<string, string>();
  for (const key of [...keys].sort()) {
    const [indicatorId, shard] = key.split('/');
    listed.set(indicatorId, `${listed.get(indicatorId) ?? ''}${shard}`);
  }
  return indicatorIds.map((id) => listed.get(id) ?? '');
}

interface PrebakeOptions {
  /** Left out where it would grow with the corpus (a national build): the engine gives it then. */
  withReports: boolean;
  /** The method × scope filters whose cells are prebaked. */
  filters: Filters[];
}

/** The catalog, the notes and cells of the view a page opens on, and which prebaked cells there are. */
export async function firstViewOf(db: QueryRunner, state: ViewState, { withReports, filters }: PrebakeOptions, shardKeys: readonly string[]) {
  const indicators = await db.query(indicatorOptionsQuery, (rows) => indicatorOptionSchema.array().parse(rows));
  const reports = withReports ? await db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows)) : [];
  const places = await db.query(placeOptionsQuery, (rows) => placeOptionSchema.array().parse(rows));
  const defaultIds = indicatorIdsOf(state, indicators);
  const defaultCells = await db.query(cellsQuery(defaultIds, filtersOf(state, places)), (rows) => cellRowSchema.array().parse(rows));
  const notes = (await db.query(indicatorNotesQuery, (rows) => indicatorNoteSchema.array().parse(rows))).filter((n) => defaultIds.includes(n.indicator_id));
  const cellShards = cellShardsOf(shardKeys, indicators.map((i) => i.indicator_id));
  return { indicators, reports, places, cellShards, cellFilters: filters.map(methodScopeKey), notes, defaultCells };
}

/**
 * What first screens need, computed at build time with the browser's own SQL on the published
 * tables, as Evidence does: the catalog and the default view's notes and cells, bundled with the app, and
 * every indicator's cells by province under the given filters, handed to `onShard` as they are made and
 * fetched by a linked view. The app draws its first chart from these while DuckDB-WASM boots, and
 * its charts after, wherever they are DuckDB's answer too; DuckDB answers the rest.
 */
export async function prebake(dataDir: string, state: ViewState, options: PrebakeOptions, onShard: (key: string, shard: PrebakedShard) => void) {
  const db = await openAppDatabase(dataDir);
  try {
    const indicatorIds = (await db.query(indicatorOptionsQuery, (rows) => indicatorOptionSchema.array().parse(rows))).map((i) => i.indicator_id);
    const keys: string[] = [];
    for await (const [key, shard] of prebakeCells(db, indicatorIds, options.filters)) {
      keys.push(key);
      onShard(key, shard);
    }
    return await firstViewOf(db, state, options, keys);
  } finally {
    db.close();
  }
}

/** Writes each prebaked file under `publicDir` as it comes, the folder emptied first. */
export function prebakedCellsWriter(publicDir: string): (key: string, shard: PrebakedShard) => void {
  rmSync(join(publicDir, prebakedCellsDir), { recursive: true, force: true });
  return (key, shard) => {
    const [indicatorId, province] = key.split('/');
    const path = join(publicDir, prebakedCellsFile(indicatorId, province));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(shard)}\n`);
  };
}

export const firstViewPath = (root: string) => join(root, 'src/generated/first-view.json');

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve('.');
  let files = 0;
  const write = prebakedCellsWriter(join(root, 'public'));
  const firstView = await prebake(join(root, 'public/data'), defaultViewState, { withReports: true, filters: everyFilter }, (key, shard) => {
    write(key, shard);
    files += 1;
  });
  mkdirSync(dirname(firstViewPath(root)), { recursive: true });
  writeFileSync(firstViewPath(root), `${JSON.stringify(firstView)}\n`);
  console.log(`src/generated/first-view.json: ${firstView.indicators.length} indicators, ${firstView.places.length} places, ${firstView.defaultCells.length} default cells; public/prebaked/cells: ${files} files`);
}
