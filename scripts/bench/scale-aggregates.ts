/**
 * Aggregates over a whole published corpus in DuckDB-WASM and in Arquero, side by side in one
 * headless Chromium page: a rank of all places, year-over-year changes, a province's county trend,
 * coverage per place and a two-indicator join. The page (scale-aggregates-page.ts) does the work.
 */
import { rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../io/static-server';
import { buildDuckdbPage } from './ui-bare-duckdb';
import { withFreshPage } from './ui-page';

export interface AggregateFigure {
  name: string;
  /** Medians over the timed runs, each materialising the result as JavaScript rows. */
  duckdbMs: number;
  arqueroMs: number;
  /** arqueroMs / duckdbMs: above 1, DuckDB is faster. */
  speedup: number;
  /** DuckDB's result rows. */
  rows: number;
  /** Both results equal once sorted, numbers to 6 decimals. */
  sameResults: boolean;
  /** What was picked (indicator, year, province), and the first difference when the results differ. */
  detail?: string;
}

export interface AggregateResult {
  loadedRows: number;
  figures: AggregateFigure[];
}

const pageEntry = resolve('scripts/bench/scale-aggregates-page.ts');
/** The national corpus is loaded into two engines before ten timed passes of five aggregates. */
const pageTimeout = 15 * 60_000;

/** `dataDir` holds manifest.json and the Arrow files it lists; `runs` timed runs follow one warm-up per query and engine. */
export async function compareAggregates(browser: Browser, dataDir: string, runs: number): Promise<AggregateResult> {
  const { work, site } = await buildDuckdbPage('scale-aggregates', () => pageEntry);
  symlinkSync(resolve(dataDir), join(site, 'data'));
  const server = await serveStatic(site);
  try {
    return await withFreshPage(browser, `${server.url}?runs=${runs}`, { instrumented: false }, async (page) => {
      await page.waitForFunction('window.__aggregates', undefined, { timeout: pageTimeout, polling: 500 });
      const result = (await page.evaluate('window.__aggregates')) as AggregateResult | { error: string };
      if ('error' in result) throw new Error(`scale-aggregates page failed: ${result.error}`);
      return result;
    });
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
