import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';

/** Bundles served from the app's own build output; never a CDN, so dist/ works offline. */
export const bundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let early: { worker: Worker; url: string } | null = null;

/**
 * Starts the eh bundle's worker before DuckDB's glue (and its selector) has even downloaded: it is
 * the bundle the selector picks wherever WebAssembly exceptions exist, which is nearly everywhere.
 */
export function startWorkerEarly(): void {
  early ??= { worker: new Worker(bundles.eh.mainWorker), url: bundles.eh.mainWorker };
}

/** The worker for the bundle the selector chose: the early one if it guessed right, else a new one. */
export function takeWorker(mainWorker: string): Worker {
  const guess = early;
  early = null;
  if (guess?.url === mainWorker) return guess.worker;
  guess?.worker.terminate();
  return new Worker(mainWorker);
}
