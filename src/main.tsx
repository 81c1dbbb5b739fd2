import { opensOnChartView, startEngine } from './app/engine';

// A table, coverage or add view waits for DuckDB-WASM, so the engine and its data start before the
// app's own code has even downloaded. A chart view draws its first chart from prebaked files and
// boots the engine, data and all, after it: nothing competes with that chart.
if (!opensOnChartView()) void startEngine();

// An async module script, so that all of the above starts while the parser is still at work;
// the app itself needs the whole page.
const parsed = new Promise((resolve) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
  else resolve(undefined);
});
void Promise.all([import('./app/render'), parsed]).then(([{ renderApp }]) => renderApp());
