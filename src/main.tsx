import { opensOnDefaultView, startEngine } from './app/engine';

// A shared view cannot be prebaked: its first chart waits for DuckDB-WASM, so the engine starts
// before the app's own code has even downloaded.
if (!opensOnDefaultView()) void startEngine();
void import('./app/render');
