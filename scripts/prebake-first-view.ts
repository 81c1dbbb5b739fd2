import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cellRowSchema, cellsQuery, methodScopeKey, prebakedCellsDir, prebakedCellsFile, type CellRow, type PrebakedCells } from '../src/sql/cells-query';
import { indicatorNoteSchema, indicatorNotesQuery, indicatorOptionSchema, indicatorOptionsQuery, reportOptionSchema, reportOptionsQuery } from '../src/sql/catalog-query';
import { allFilters, type QueryRunner } from '../src/sql/query';
import { filtersOf, indicatorIdsOf } from '../src/state/view-inputs';
import { defaultViewState, methodFilters, scopeFilters, type ViewState } from '../src/state/view-state';
import { openAppDatabase } from './io/app-database';

const queryCells = (db: QueryRunner, indicatorIds: string[], filters = allFilters) =>
  db.query(cellsQuery(indicatorIds, filters), (rows) => cellRowSchema.array().parse(rows));

/**
 * Every indicator's method × scope answers for all jurisdictions and years, one query per filter;
 * a view picks its jurisdictions and years from them.
 */
async function prebakeCells(db: QueryRunner, indicatorIds: string[]): Promise<Map<string, PrebakedCells>> {
  const prebaked = new Map(indicatorIds.map((id) => [id, { answers: [], byFilter: {} } as PrebakedCells]));
  const answerIndex = new Map(indicatorIds.map((id) => [id, new Map<string, number>()]));
  for (const method of methodFilters) {
    for (const scope of scopeFilters) {
      const byIndicator = new Map<string, CellRow[]>(indicatorIds.map((id) => [id, []]));
      for (const row of await queryCells(db, indicatorIds, { ...allFilters, method, scope })) byIndicator.get(row.indicator_id)!.push(row);
      for (const [id, answer] of byIndicator) {
        const cells = prebaked.get(id)!;
        const known = answerIndex.get(id)!;
        const text = JSON.stringify(answer);
        if (!known.has(text)) known.set(text, cells.answers.push(answer) - 1);
        cells.byFilter[methodScopeKey({ method, scope })] = known.get(text)!;
      }
    }
  }
  return prebaked;
}

/**
 * The catalog, and the notes and cells of the view a page opens on. The report list is left out
 * where it would grow with the corpus (a national build): the engine gives it then.
 */
export async function firstViewOf(db: QueryRunner, state: ViewState, withReports: boolean) {
  const indicators = await db.query(indicatorOptionsQuery, (rows) => indicatorOptionSchema.array().parse(rows));
  const reports = await db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows));
  const defaultIds = indicatorIdsOf(state, indicators);
  const places = [...new Map(reports.map((r) => [r.jurisdiction_id, r])).values()];
  const defaultCells = await queryCells(db, defaultIds, filtersOf(state, places));
  const notes = (await db.query(indicatorNotesQuery, (rows) => indicatorNoteSchema.array().parse(rows))).filter((n) => defaultIds.includes(n.indicator_id));
  return { indicators, reports: withReports ? reports : [], notes, defaultCells };
}

/**
 * What first screens need, computed at build time with the browser's own SQL on the published
 * tables, as Evidence does: the catalog and the default view's notes and cells, bundled with the app, and
 * every indicator's cells under each filter, fetched by a linked view. The app draws its first chart from
 * these while DuckDB-WASM boots, and queries DuckDB for everything after.
 */
export async function prebake(root: string) {
  const db = await openAppDatabase(join(root, 'public/data'));
  try {
    const firstView = await firstViewOf(db, defaultViewState, true);
    const cellsByIndicator = await prebakeCells(db, firstView.indicators.map((i) => i.indicator_id));
    return { firstView, cellsByIndicator };
  } finally {
    db.close();
  }
}

export const firstViewPath = (root: string) => join(root, 'src/generated/first-view.json');
export const prebakedCellsPath = (root: string, indicatorId: string) => join(root, 'public', prebakedCellsFile(indicatorId));

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve('.');
  const { firstView, cellsByIndicator } = await prebake(root);
  mkdirSync(dirname(firstViewPath(root)), { recursive: true });
  writeFileSync(firstViewPath(root), `${JSON.stringify(firstView)}\n`);
  rmSync(join(root, 'public', prebakedCellsDir), { recursive: true, force: true });
  mkdirSync(join(root, 'public', prebakedCellsDir), { recursive: true });
  for (const [id, cells] of cellsByIndicator) writeFileSync(prebakedCellsPath(root, id), `${JSON.stringify(cells)}\n`);
  console.log(`src/generated/first-view.json: ${firstView.indicators.length} indicators, ${firstView.defaultCells.length} default cells; public/prebaked/cells: ${cellsByIndicator.size} files`);
}
