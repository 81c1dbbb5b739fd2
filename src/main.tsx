import { opensOnDefaultView, prefetchTables, startEngine } from './app/engine';

// A linked view's first chart comes from prebaked files, but its table, coverage and sources wait
// for DuckDB-WASM, so the engine starts before the app's own code has even downloaded. The default
// view, prerendered, boots it after its first chart.
void prefetchTables();
if (!opensOnDefaultView()) void startEngine();

// An async module script, so that all of the above starts while the parser is still at work;
// the app itself needs the whole page.
const parsed = new Promise((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
  else resolve(undefined);
});
void Promise.all([import('./app/render'), parsed]).then(([{ renderApp }]) => renderApp());
