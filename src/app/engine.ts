import { startWorkerEarly } from '../db/engine-worker';
import { fetchTables } from '../db/fetch-tables';
import type { Engine } from '../db/duckdb';

let running: Promise<Engine> | null = null;

async function boot(): Promise<Engine> {
  startWorkerEarly();
  // The data downloads while the engine boots; a failed download is reported when the engine asks for it.
  const data = fetchTables();
  data.catch(() => undefined);
  const { startDuckDB } = await import('../db/duckdb');
  return startDuckDB(data);
}

/** One engine per page; a failed start is forgotten so that a retry downloads and boots afresh. */
export function startEngine(): Promise<Engine> {
  running ??= boot();
  running.catch(() => {
    running = null;
  });
  return running;
}

/** A page opened on the default view draws its first chart from prebaked data before the engine competes for the CPU. */
export const opensOnDefaultView = () => typeof location === 'undefined' || location.search === '';

const chartViews = new Set(['compare', 'trend', 'family']);

/**
 * A chart view's first chart comes from prebaked files too, so the engine waits for it there as
 * well: on two cores, DuckDB's wasm compiling beside the app would delay that chart by a second.
 */
export const opensOnChartView = () => opensOnDefaultView() || chartViews.has(new URLSearchParams(location.search).get('view') ?? 'compare');

/** Said by a view that found no prebaked answer: the engine should not wait for a chart that will not come. */
export const needEngine = () => document.dispatchEvent(new Event('engine-needed'));

/** Settles when a chart has been drawn, or a view needs the engine first, or after `ms`. */
export function firstChartDrawn(ms: number): Promise<void> {
  return new Promise((resolve) => {
    document.addEventListener('chart-drawn', () => resolve(), { once: true });
    document.addEventListener('engine-needed', () => resolve(), { once: true });
    setTimeout(resolve, ms);
  });
}
