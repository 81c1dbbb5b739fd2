import { startWorkerEarly } from '../db/engine-worker';
import { fetchTables } from '../db/fetch-tables';
import type { Engine } from '../db/duckdb';

let tables: ReturnType<typeof fetchTables> | null = null;
let running: Promise<Engine> | null = null;

/** The data is small: its download starts with the page, whatever the view. */
export function prefetchTables(): ReturnType<typeof fetchTables> {
  const pending = (tables ??= fetchTables());
  pending.catch(() => {
    if (tables === pending) tables = null;
  });
  return pending;
}

async function boot(): Promise<Engine> {
  startWorkerEarly();
  const data = prefetchTables();
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

/** Settles when a chart has been drawn, or after `ms` if none is. */
export function firstChartDrawn(ms: number): Promise<void> {
  return new Promise((resolve) => {
    document.addEventListener('chart-drawn', () => resolve(), { once: true });
    setTimeout(resolve, ms);
  });
}
