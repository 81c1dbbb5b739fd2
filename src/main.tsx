import { opensOnDefaultView, prefetchTables, startEngine } from './app/engine';

// A shared view cannot be prebaked: its first chart waits for DuckDB-WASM, so the engine starts
// before the app's own code has even downloaded. The default view boots it after its first chart.
void prefetchTables();
if (!opensOnDefaultView()) void startEngine();
void import('./app/render');
