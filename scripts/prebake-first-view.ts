import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cellRowSchema, cellsQuery } from '../src/sql/cells-query';
import { indicatorOptionSchema, indicatorOptionsQuery, reportOptionSchema, reportOptionsQuery } from '../src/sql/catalog-query';
import { filtersOf, indicatorIdsOf } from '../src/state/view-inputs';
import { defaultViewState } from '../src/state/view-state';
import { openAppDatabase } from './io/app-database';

/**
 * What the first screen needs, computed at build time with the browser's own SQL on the published
 * tables, as Evidence does: the catalog and the default view's cells. The app draws its first
 * chart from this while DuckDB-WASM boots, and queries DuckDB for everything after.
 */
export async function prebakeFirstView(root: string) {
  const db = await openAppDatabase(join(root, 'public/data'));
  try {
    const indicators = await db.query(indicatorOptionsQuery, (rows) => indicatorOptionSchema.array().parse(rows));
    const reports = await db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows));
    const defaultQuery = cellsQuery(indicatorIdsOf(defaultViewState, indicators), filtersOf(defaultViewState));
    const defaultCells = await db.query(defaultQuery, (rows) => cellRowSchema.array().parse(rows));
    return { indicators, reports, defaultCells };
  } finally {
    db.close();
  }
}

export const firstViewPath = (root: string) => join(root, 'src/generated/first-view.json');

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve('.');
  const firstView = await prebakeFirstView(root);
  mkdirSync(dirname(firstViewPath(root)), { recursive: true });
  writeFileSync(firstViewPath(root), `${JSON.stringify(firstView)}\n`);
  console.log(`src/generated/first-view.json: ${firstView.indicators.length} indicators, ${firstView.defaultCells.length} default cells`);
}
