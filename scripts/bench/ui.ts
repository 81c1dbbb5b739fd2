/**
 * UI benchmark: cold loads, DuckDB-WASM's bare boot, filter latency and first-chart JavaScript.
 * Prints medians and percentiles next to their targets; it never fails on a missed target.
 *
 *   npx vite build && npx tsx scripts/bench/ui.ts      (env: BENCH_RUNS=5, BENCH_WARMUP=1, BENCH_CHANGES=60)
 *
 * Every time is taken inside the page with performance.now(), whose origin is navigation start.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tableFromIPC } from 'apache-arrow';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../io/chromium';
import { serveStatic, type StaticServer } from '../io/static-server';

function countFromEnv(name: string, fallback: number, min: number): number {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) ? Math.max(min, value) : fallback;
}
const runs = countFromEnv('BENCH_RUNS', 5, 1);
const warmups = countFromEnv('BENCH_WARMUP', 1, 0);
const changeCount = countFromEnv('BENCH_CHANGES', 60, 50);
const root = resolve('.');
const duckdbDist = join(root, 'node_modules/@duckdb/duckdb-wasm/dist');
const sharedPath = '?v=1&view=trend&ind=mediation_cases&j=harbin,xilingol&lang=en';
const loadTimeout = 60_000;

const targets = { defaultFirstChartMs: 800, sharedOverBare: 1.2, filterP95Ms: 100, firstChartJsGzipKB: 350 };

// ---------------------------------------------------------------- statistics and printing

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
function median(xs: number[]): number {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
const ms = (x: number) => `${Math.round(x)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

// ---------------------------------------------------------------- page instrumentation

/**
 * Installed before any app script. A MutationObserver stamps every `data-rendered` change; a
 * capture listener on window stamps the first input event of an armed filter change, and every
 * Worker gets a first 'message' listener that stamps DuckDB's answers.
 *
 * The app redraws the old cells synchronously on every filter input (the chart option is rebuilt
 * from the new view state before the new cells exist), so "the next render" is not the updated
 * chart. While armed, `tFirst` is that next render and `tUpdated` the first render after DuckDB
 * answered (or the first render at all when the change needs no query: a sort, a cached state).
 * Kept as source text: tsx would inject helpers into a serialised function.
 */
const instrument = `(() => {
  const probe = { firstChart: null, lastRender: 0, renders: 0, armed: false, needsQuery: true, answered: false,
    t0: null, tFirst: null, tAnswer: null, tUpdated: null, dataBefore: null, dataAtUpdate: null };
  window.__bench = probe;
  // The text summary after its title: one entry per cell, so it tells which cells are drawn.
  probe.cellsText = () => {
    const el = document.querySelector('[data-testid="chart-summary"]');
    const text = el ? el.textContent : '';
    return text.slice(text.indexOf(' — ') + 3);
  };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const element = record.target;
      if (Number(element.getAttribute('data-rendered') || 0) < 1 || !element.querySelector('canvas')) continue;
      if (probe.firstChart === null) probe.firstChart = now;
      probe.renders += 1;
      probe.lastRender = now;
      if (!probe.armed || probe.t0 === null) continue;
      if (probe.tFirst === null) probe.tFirst = now;
      if (probe.tUpdated === null && (!probe.needsQuery || probe.answered)) {
        probe.tUpdated = now;
        probe.dataAtUpdate = probe.cellsText();
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
  for (const type of ['click', 'input', 'change']) {
    addEventListener(type, () => { if (probe.armed && probe.t0 === null) probe.t0 = performance.now(); }, { capture: true });
  }
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      if (probe.workerCreated === undefined) probe.workerCreated = performance.now();
      this.addEventListener('message', () => {
        if (!probe.armed || probe.t0 === null) return;
        probe.answered = true;
        if (probe.tAnswer === null) probe.tAnswer = performance.now();
      });
    }
  };
})();`;

const probe = <T>(page: Page, expression: string): Promise<T> => page.evaluate(`(() => { const p = window.__bench; return ${expression}; })()`) as Promise<T>;

async function waitFirstChart(page: Page): Promise<number> {
  await page.waitForFunction('window.__bench && window.__bench.firstChart !== null', undefined, { timeout: loadTimeout, polling: 'raf' });
  return probe<number>(page, 'p.firstChart');
}

/** Engine ready: the status line was shown while DuckDB booted and is gone now. */
async function waitEngineReady(page: Page): Promise<number> {
  await page.waitForFunction('!document.querySelector(".engine-status")', undefined, { timeout: loadTimeout, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** No chart render for `quietMs`. */
const waitQuiet = (page: Page, quietMs: number) =>
  page.waitForFunction(`performance.now() - window.__bench.lastRender > ${quietMs}`, undefined, { timeout: loadTimeout, polling: 20 });

// ---------------------------------------------------------------- dist snapshot and bare page

/** Others may rebuild dist/ during the run; a private copy keeps every run on the same build. */
function snapshotDist(): string {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const copy = mkdtempSync(join(tmpdir(), 'bench-ui-dist-'));
    try {
      cpSync(join(root, 'dist'), copy, { recursive: true });
      const html = readFileSync(join(copy, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
      if (refs.length > 0 && refs.every((ref) => existsSync(join(copy, ref)))) return copy;
    } catch {
      // a build was rewriting dist/ while we copied; try again
    }
    rmSync(copy, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  throw new Error('dist/ is missing or incomplete: run `npx vite build` first');
}

/**
 * A page that only boots DuckDB-WASM: the package's ESM glue and apache-arrow bundled by Vite as
 * the app's are, and the package's own worker and wasm files (the ones dist/assets copies).
 */
async function buildBarePage(): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'bench-ui-bare-'));
  const site = join(work, 'site');
  mkdirSync(site);
  symlinkSync(duckdbDist, join(site, 'duckdb'));
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
  await build({
    configFile: false,
    root: work,
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir: join(work, 'out'),
      emptyOutDir: true,
      modulePreload: false,
      rolldownOptions: { input: entry, output: { entryFileNames: 'bare.js', format: 'es' } },
    },
  });
  cpSync(join(work, 'out', 'bare.js'), join(site, 'bare.js'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bare</title><script type="module" src="./bare.js"></script>\n');
  return work;
}

// ---------------------------------------------------------------- cold loads

interface ScriptLoad {
  path: string;
  start: number;
  end: number;
}

interface ColdLoad {
  firstChart: number;
  engineReady: number | null;
  domContentLoaded: number;
  /** When the page constructed DuckDB's worker, i.e. began instantiating. */
  workerCreated: number;
  scripts: ScriptLoad[];
}

interface BareLoad {
  done: number;
  workerCreated: number;
  module: string;
}

async function coldLoad(browser: Browser, server: StaticServer, path: string, waitEngine: boolean): Promise<ColdLoad> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(server.url + path, { waitUntil: 'commit' });
    const firstChart = await waitFirstChart(page);
    const engineReady = waitEngine ? await waitEngineReady(page) : null;
    // Requests made by the page itself; the engine's worker fetches its wasm from its own realm.
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
    );
    const domContentLoaded = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
    );
    const workerCreated = await probe<number | null>(page, 'p.workerCreated ?? null');
    return { firstChart, engineReady, domContentLoaded, workerCreated: workerCreated ?? NaN, scripts };
  } finally {
    await context.close();
  }
}

async function bareInstantiate(browser: Browser, server: StaticServer): Promise<BareLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction('window.__bare', undefined, { timeout: loadTimeout, polling: 'raf' });
    const result = (await page.evaluate('window.__bare')) as Partial<BareLoad> & { error?: string };
    if (result.error || result.done === undefined) throw new Error(`bare DuckDB page failed: ${result.error}`);
    return { done: result.done, workerCreated: result.workerCreated ?? NaN, module: result.module ?? '' };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- filter changes

interface FilterState {
  indicator: string;
  jurisdictions: string[];
  years: number[];
  method: 'all' | 'reported' | 'derived';
  sort: 'value_desc' | 'value_asc' | 'name';
}

type ActionKind = 'jurisdiction' | 'sort' | 'indicator' | 'year';

interface Action {
  kind: ActionKind;
  label: string;
  next: FilterState;
  perform(page: Page): Promise<void>;
}

interface ObservationRow {
  indicator_id: string;
  jurisdiction_id: string;
  year: number;
  method: string;
}

const indicatorCycle = ['mediation_success_rate', 'mediation_cases', 'mediation_successful', 'legal_aid_cases', 'administrative_mediation_cases'];
const allJurisdictions = ['harbin', 'xilingol', 'lianyungang', 'hegang-xingan', 'yueyang'];
const allYears = [2020, 2022];
const sorts: FilterState['sort'][] = ['value_desc', 'value_asc', 'name'];
// The method filter is left out: between 'all' and 'reported' the chart often does not change at all.
const kindCycle: ActionKind[] = ['jurisdiction', 'sort', 'indicator', 'year', 'jurisdiction', 'indicator', 'year', 'jurisdiction', 'sort'];

function readObservations(dist: string): ObservationRow[] {
  const table = tableFromIPC(readFileSync(join(dist, 'data/observations.arrow')));
  return table.toArray().map((row) => {
    const r = row.toJSON() as Record<string, unknown>;
    return { indicator_id: String(r.indicator_id), jurisdiction_id: String(r.jurisdiction_id), year: Number(r.year), method: String(r.method) };
  });
}

/** The compare view draws a chart only when at least one cell has a value; other states show "no data". */
const hasChart = (s: FilterState, rows: ObservationRow[]) =>
  rows.some(
    (r) =>
      r.indicator_id === s.indicator &&
      (s.jurisdictions.length === 0 || s.jurisdictions.includes(r.jurisdiction_id)) &&
      (s.years.length === 0 || s.years.includes(r.year)) &&
      (s.method === 'all' || s.method === r.method),
  );

const initialState: FilterState = { indicator: 'mediation_success_rate', jurisdictions: [], years: [], method: 'all', sort: 'value_desc' };
const queryKey = (s: FilterState) => JSON.stringify([s.indicator, s.jurisdictions, s.years, s.method]);
const toggled = <T>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

function candidates(kind: ActionKind, s: FilterState, indicators: string[]): Action[] {
  switch (kind) {
    case 'jurisdiction':
      return allJurisdictions.map((j) => ({
        kind, label: `toggle ${j}`, next: { ...s, jurisdictions: toggled(s.jurisdictions, j) },
        perform: (page) => page.getByTestId('jurisdiction-filter').locator(`input[value="${j}"]`).click(),
      }));
    case 'year':
      return allYears.map((y) => ({
        kind, label: `toggle ${y}`, next: { ...s, years: toggled(s.years, y).sort((a, b) => a - b) },
        perform: (page) => page.getByTestId('year-filter').locator(`input[value="${y}"]`).click(),
      }));
    case 'sort':
      return sorts.filter((o) => o !== s.sort).map((o) => ({
        kind, label: `sort ${o}`, next: { ...s, sort: o },
        perform: async (page) => void (await page.getByTestId('sort-select').selectOption(o)),
      }));
    case 'indicator':
      return indicators.filter((i) => i !== s.indicator).map((i) => ({
        kind, label: `indicator ${i}`, next: { ...s, indicator: i },
        perform: async (page) => void (await page.getByTestId('indicator-select').selectOption(i)),
      }));
  }
}

/**
 * A walk through the filters that always leaves a chart on screen and, wherever it can, asks
 * DuckDB a query it has not answered yet (a revisited state would come from TanStack's cache).
 */
function planChanges(count: number, rows: ObservationRow[]): Action[] {
  const indicators = indicatorCycle.filter((i) => rows.some((r) => r.indicator_id === i));
  let state = initialState;
  const seen = new Set([queryKey(state)]);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const plan: Action[] = [];
  for (let i = 0; plan.length < count && i < count * 20; i += 1) {
    const kind = kindCycle[i % kindCycle.length];
    const valid = candidates(kind, state, indicators).filter((a) => hasChart(a.next, rows));
    if (valid.length === 0) continue;
    const fresh = kind === 'sort' ? valid : valid.filter((a) => !seen.has(queryKey(a.next)));
    const pool = fresh.length > 0 ? fresh : valid;
    const action = pool[Math.floor(random() * pool.length)];
    plan.push(action);
    state = action.next;
    seen.add(queryKey(state));
  }
  return plan;
}

interface ChangeResult {
  kind: ActionKind;
  label: string;
  cached: boolean;
  /** Input event → first render showing the new state. */
  ms: number | null;
  /** Input event → the very next render, whatever it shows. */
  firstMs: number | null;
  /** Input event → DuckDB's worker posted its first answer. */
  answerMs: number | null;
  /** The summary listed the same cells after the update as before it (expected only for a sort). */
  sameCells: boolean;
}

async function filterChanges(browser: Browser, server: StaticServer, rows: ObservationRow[]): Promise<ChangeResult[]> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'commit' });
    await waitFirstChart(page);
    await waitEngineReady(page);
    await waitQuiet(page, 500);
    const results: ChangeResult[] = [];
    const seen = new Set<string>();
    seen.add(queryKey(initialState));
    for (const action of planChanges(changeCount, rows)) {
      const cached = action.kind !== 'sort' && seen.has(queryKey(action.next));
      seen.add(queryKey(action.next));
      const needsQuery = action.kind !== 'sort' && !cached;
      await probe(page, `Object.assign(p, { armed: true, needsQuery: ${needsQuery}, answered: false, t0: null, tFirst: null, tAnswer: null, tUpdated: null,
        dataBefore: p.cellsText(), dataAtUpdate: null }) && null`);
      await action.perform(page);
      let updated: number | null = null;
      let first: number | null = null;
      try {
        await page.waitForFunction('window.__bench.tUpdated !== null', undefined, { timeout: 10_000, polling: 20 });
      } catch {
        // no render showing the new state within 10 s
      }
      const p = await probe<{ t0: number | null; tFirst: number | null; tAnswer: number | null; tUpdated: number | null; same: boolean }>(
        page,
        '({ t0: p.t0, tFirst: p.tFirst, tAnswer: p.tAnswer, tUpdated: p.tUpdated, same: p.dataAtUpdate === p.dataBefore })',
      );
      if (p.t0 !== null && p.tUpdated !== null) updated = p.tUpdated - p.t0;
      if (p.t0 !== null && p.tFirst !== null) first = p.tFirst - p.t0;
      const answer = p.t0 !== null && p.tAnswer !== null ? p.tAnswer - p.t0 : null;
      await probe(page, '(p.armed = false)');
      results.push({ kind: action.kind, label: action.label, cached, ms: updated, firstMs: first, answerMs: answer, sameCells: p.tUpdated !== null && p.same });
      await waitQuiet(page, 150);
    }
    return results;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const started = performance.now();
  const dist = snapshotDist();
  const bareWork = await buildBarePage();
  const app = await serveStatic(dist);
  const bare = await serveStatic(join(bareWork, 'site'));
  const browser = await launchChromium();
  const print = console.log;
  const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
  try {
    console.log(`bench:ui — ${runs} cold runs each (+${warmups} warm-up), ${changeCount} filter changes, Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${load()}`);
    const defaults: ColdLoad[] = [];
    const shared: ColdLoad[] = [];
    const bares: BareLoad[] = [];
    for (let i = 0; i < warmups + runs; i += 1) {
      const keep = i >= warmups;
      // Interleaved, so that drift in machine load hits all three alike.
      const d = await coldLoad(browser, app, '', true);
      const s = await coldLoad(browser, app, sharedPath, false);
      const b = await bareInstantiate(browser, bare);
      if (keep) {
        defaults.push(d);
        shared.push(s);
        bares.push(b);
      }
      console.log(
        `  ${keep ? `run ${i - warmups + 1}` : 'warm-up'}: default ${ms(d.firstChart)} (engine ready ${ms(d.engineReady ?? NaN)}), shared ${ms(s.firstChart)}, bare instantiate ${ms(b.done)}`,
      );
    }

    const rows = readObservations(dist);
    const changes = await filterChanges(browser, app, rows);

    // --- figures
    const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
    const label = (text: string) => text.padEnd(44);
    const defaultFirst = defaults.map((d) => d.firstChart);
    const sharedFirst = shared.map((d) => d.firstChart);
    const bareDone = bares.map((b) => b.done);
    const ratio = median(sharedFirst) / median(bareDone);
    const isEngine = (path: string) => path.includes('duckdb-browser') || path.endsWith('.wasm');
    const isGlue = (path: string) => /\/assets\/duckdb-[^/]*\.js$/.test(path) && !path.includes('duckdb-browser');
    const isEntry = (path: string) => /\/assets\/index-[^/]*\.js$/.test(path);
    const timeOf = (d: ColdLoad, pick: (path: string) => boolean, field: 'start' | 'end') => d.scripts.find((s) => pick(s.path))?.[field] ?? NaN;

    console.log('');
    print(`${label('default view first chart (cold):')}median ${ms(median(defaultFirst))} [runs: ${list(defaultFirst)}] target ≤ ${targets.defaultFirstChartMs} ms ${verdict(median(defaultFirst) <= targets.defaultFirstChartMs)}`);
    print(
      `${label('  medians: entry JS loaded / DCL:')}${ms(median(defaults.map((d) => timeOf(d, isEntry, 'end'))))} / ${ms(median(defaults.map((d) => d.domContentLoaded)))}` +
        `; DuckDB glue requested ${ms(median(defaults.map((d) => timeOf(d, isGlue, 'start'))))}`,
    );
    print(`${label('default view engine ready (cold, info):')}median ${ms(median(defaults.map((d) => d.engineReady!)))} [runs: ${list(defaults.map((d) => d.engineReady!))}]`);
    print(`${label('shared URL first chart (cold):')}median ${ms(median(sharedFirst))} [runs: ${list(sharedFirst)}]`);
    print(`${label('bare DuckDB instantiate (cold):')}median ${ms(median(bareDone))} [runs: ${list(bareDone)}] (${bares[0]?.module.split('/').pop()}, same worker/wasm files)`);
    print(
      `${label('  medians: DuckDB worker created at:')}shared URL ${ms(median(shared.map((d) => d.workerCreated)))}, bare page ${ms(median(bares.map((b) => b.workerCreated)))}` +
        `; bare instantiate itself ${ms(median(bares.map((b) => b.done - b.workerCreated)))}`,
    );
    print(
      `${label('shared URL first chart / bare instantiate:')}${ratio.toFixed(2)} [runs: ${sharedFirst.map((s, i) => (s / bareDone[i]).toFixed(2)).join(', ')}] target ≤ ${targets.sharedOverBare} ${verdict(ratio <= targets.sharedOverBare)}`,
    );

    const timed = changes.filter((c) => c.ms !== null).map((c) => c.ms!);
    const failed = changes.filter((c) => c.ms === null);
    const group = (name: string, pick: (c: ChangeResult) => boolean) => {
      const xs = changes.filter((c) => pick(c) && c.ms !== null).map((c) => c.ms!);
      if (xs.length > 0) print(`${label(`  ${name}`)}p50 ${ms(percentile(xs, 50))}, p95 ${ms(percentile(xs, 95))}, max ${ms(Math.max(...xs))} [n=${xs.length}]`);
    };
    if (timed.length > 0) {
      const p95 = percentile(timed, 95);
      print(
        `${label('filter change → chart shows the new state:')}p50 ${ms(percentile(timed, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...timed))} [n=${timed.length}] target p95 ≤ ${targets.filterP95Ms} ms ${verdict(p95 <= targets.filterP95Ms && failed.length === 0)}`,
      );
    } else {
      print(`${label('filter change → chart shows the new state:')}no change was drawn MISSED`);
    }
    for (const kind of ['jurisdiction', 'year', 'indicator'] as const) group(`${kind} (new DuckDB query)`, (c) => c.kind === kind && !c.cached);
    group('revisited filters (TanStack cache)', (c) => c.kind !== 'sort' && c.cached);
    group('sort (no query)', (c) => c.kind === 'sort');
    const firsts = changes.filter((c) => c.firstMs !== null).map((c) => c.firstMs!);
    const early = changes.filter((c) => c.kind !== 'sort' && c.firstMs !== null && c.ms !== null && c.firstMs < c.ms).length;
    if (firsts.length > 0) {
      print(
        `${label('filter change → next data-rendered (info):')}p50 ${ms(percentile(firsts, 50))}, p95 ${ms(percentile(firsts, 95))}; ` +
          `${early}/${changes.filter((c) => c.kind !== 'sort').length} query changes first redrew the old data`,
      );
    }
    const answers = changes.filter((c) => c.kind !== 'sort' && !c.cached && c.answerMs !== null).map((c) => c.answerMs!);
    if (answers.length > 0) {
      print(`${label('  of which input → DuckDB answered (info):')}p50 ${ms(percentile(answers, 50))}, p95 ${ms(percentile(answers, 95))} [n=${answers.length}]`);
    }
    const suspicious = changes.filter((c) => c.kind !== 'sort' && c.sameCells);
    if (suspicious.length > 0) print(`  note: ${suspicious.length} query change(s) were drawn with the same cells as before: ${suspicious.map((c) => c.label).join('; ')}`);
    if (failed.length > 0) print(`  MISSED: ${failed.length} change(s) not drawn within 10 s: ${failed.map((c) => c.label).join('; ')}`);

    // --- JavaScript requested before the default view's first chart
    const bytesOf = (path: string) => {
      const content = readFileSync(join(dist, decodeURIComponent(path)));
      return { raw: content.length, gzip: gzipSync(content).length };
    };
    const before = new Map<string, number>(); // path → runs in which the page requested it before the first chart
    for (const d of defaults) {
      for (const s of d.scripts) if (s.start < d.firstChart && !isEngine(s.path)) before.set(s.path, (before.get(s.path) ?? 0) + 1);
    }
    const files = [...before].filter(([, n]) => n * 2 > defaults.length).map(([path]) => ({ path, glue: isGlue(path), ...bytesOf(path) }));
    const sum = (fs: typeof files, key: 'raw' | 'gzip') => fs.reduce((a, f) => a + f[key], 0);
    const gzip = sum(files, 'gzip');
    print(
      `${label('JS before default first chart (cold):')}${kb(sum(files, 'raw'))} raw, ${kb(gzip)} gzip in ${files.length} file(s), DuckDB worker/wasm excluded ` +
        `target ≤ ${targets.firstChartJsGzipKB} KB gzip ${verdict(gzip / 1024 <= targets.firstChartJsGzipKB)}`,
    );
    for (const f of files) print(`    ${f.path.padEnd(40)}${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip${f.glue ? '  ← DuckDB glue (lazy chunk)' : ''}`);
    const glues = [...new Set(defaults.flatMap((d) => d.scripts.map((s) => s.path)).filter(isGlue))];
    for (const path of glues) {
      const b = bytesOf(path);
      const n = before.get(path) ?? 0;
      print(
        `${label('  DuckDB glue chunk:')}${path} ${kb(b.raw)} raw, ${kb(b.gzip)} gzip; requested before the first chart in ${n}/${defaults.length} runs` +
          (n * 2 > defaults.length ? ` (without it: ${kb(sum(files.filter((f) => !f.glue), 'gzip'))} gzip)` : ''),
      );
      const timing = defaults.map((d) => {
        const s = d.scripts.find((x) => x.path === path);
        return s ? `${Math.round(s.start)}→${Math.round(s.end)}/${Math.round(d.firstChart)}` : '-';
      });
      print(`${label('    requested→loaded/first chart (ms):')}${timing.join(', ')}`);
    }
    if (glues.length === 0) print(`${label('  DuckDB glue chunk:')}not requested during the default view's cold load`);
    console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s in all; load average now ${load()}; gzip = zlib level 6 of the dist files; times are in-page performance.now() from navigation start)`);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(bareWork, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
