import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { StaticServer } from '../io/static-server';
import { loadTimeout, withFreshPage } from './ui-page';

const duckdbDist = resolve('node_modules/@duckdb/duckdb-wasm/dist');

export interface BareLoad {
  done: number;
  workerCreated: number;
  module: string;
}

/**
 * A page that runs `name`.js: the module `entry` returns (given `work`), bundled by Vite as the app's
 * scripts are, next to the package's own worker and wasm files under duckdb/ (the ones dist/assets copies).
 * `site` is the directory to serve; `work`, which holds it, is for the caller to remove.
 */
export async function buildDuckdbPage(name: string, entry: (work: string) => string): Promise<{ work: string; site: string }> {
  const work = mkdtempSync(join(tmpdir(), `bench-ui-${name}-`));
  const site = join(work, 'site');
  mkdirSync(site);
  symlinkSync(duckdbDist, join(site, 'duckdb'));
  const input = entry(work);
  await build({
    configFile: false,
    root: work,
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir: join(work, 'out'),
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: { input, output: { entryFileNames: `${name}.js`, format: 'es' } },
    },
  });
  cpSync(join(work, 'out', `${name}.js`), join(site, `${name}.js`));
  writeFileSync(join(site, 'index.html'), `<!doctype html><meta charset="utf-8"><title>${name}</title><script type="module" src="./${name}.js"></script>\n`);
  return { work, site };
}

/** A page that only boots DuckDB-WASM: the package's ESM glue and apache-arrow, nothing else. */
export const buildBarePage = () =>
  buildDuckdbPage('bare', (work) => {
    const entry = join(work, 'bare-entry.js');
    writeFileSync(
      entry,
      `import * as duckdb from ${JSON.stringify(join(duckdbDist, 'duckdb-browser.mjs'))};
const base = new URL('./duckdb/', location.href).href;
const bundles = {
  mvp: { mainModule: base + 'duckdb-mvp.wasm', mainWorker: base + 'duckdb-browser-mvp.worker.js' },
  eh: { mainModule: base + 'duckdb-eh.wasm', mainWorker: base + 'duckdb-browser-eh.worker.js' },
};
(async () => {
  try {
    const bundle = await duckdb.selectBundle(bundles);
    const workerCreated = performance.now();
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker));
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    window.__bare = { done: performance.now(), workerCreated, module: bundle.mainModule };
  } catch (error) {
    window.__bare = { error: String(error && error.message || error) };
  }
})();
`,
    );
    return entry;
  });

export function bareInstantiate(browser: Browser, server: StaticServer): Promise<BareLoad> {
  return withFreshPage(browser, server.url, { instrumented: false }, async (page) => {
    await page.waitForFunction('window.__bare', undefined, { timeout: loadTimeout, polling: 'raf' });
    const result = (await page.evaluate('window.__bare')) as Partial<BareLoad> & { error?: string };
    if (result.error || result.done === undefined) throw new Error(`bare DuckDB page failed: ${result.error}`);
    return { done: result.done, workerCreated: result.workerCreated ?? NaN, module: result.module ?? '' };
  });
}
