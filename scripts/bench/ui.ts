/**
 * UI benchmark: cold loads, DuckDB-WASM's bare boot, filter latency, first-chart JavaScript and search latency.
 * Prints medians and percentiles next to their targets; it never fails on a missed target.
 *
 *   npx vite build && npx tsx scripts/bench/ui.ts      (env: BENCH_RUNS=5, BENCH_WARMUP=1, BENCH_CHANGES=60)
 *
 * Every time is taken inside the page with performance.now(), whose origin is navigation start.
 */
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../io/chromium';
import { serveStatic } from '../io/static-server';
import { kb, median, ms, percentile } from './stats';
import { bareInstantiate, buildBarePage, type BareLoad } from './ui-bare-duckdb';
import { snapshotDist } from './ui-dist';
import { measureFilterChanges, type ChangeResult } from './ui-filter-changes';
import { planChanges, readObservations } from './ui-filter-plan';
import { coldLoad, type ColdLoad } from './ui-page';
import { measureSearch, reportSearch } from './ui-search';
import { measureConsoleQueries, reportConsoleQueries } from './ui-console';

function countFromEnv(name: string, fallback: number, min: number): number {
  const value = Number.parseInt(process.env[name] ?? '', 10);
  return Number.isFinite(value) ? Math.max(min, value) : fallback;
}
const runs = countFromEnv('BENCH_RUNS', 5, 1);
const warmups = countFromEnv('BENCH_WARMUP', 1, 0);
const changeCount = countFromEnv('BENCH_CHANGES', 60, 50);
const sharedPath = '?v=1&view=trend&ind=mediation_cases&j=harbin,xilingol&lang=en';

const targets = { defaultFirstChartMs: 800, sharedOverBare: 1.2, filterP95Ms: 100, firstChartJsGzipKB: 350 };

const print = console.log;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const label = (text: string) => text.padEnd(44);
const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');

const isEngine = (path: string) => path.includes('duckdb-browser') || path.endsWith('.wasm');
const isGlue = (path: string) => /\/assets\/duckdb-[^/]*\.js$/.test(path) && !path.includes('duckdb-browser');
const isEntry = (path: string) => /\/assets\/index-[^/]*\.js$/.test(path);
const timeOf = (d: ColdLoad, pick: (path: string) => boolean, field: 'start' | 'end') => d.scripts.find((s) => pick(s.path))?.[field] ?? NaN;

function reportColdLoads(defaults: ColdLoad[], shared: ColdLoad[], bares: BareLoad[]) {
  const defaultFirst = defaults.map((d) => d.firstChart);
  const sharedFirst = shared.map((d) => d.firstChart);
  const bareDone = bares.map((b) => b.done);
  const ratio = median(sharedFirst) / median(bareDone);
  const defaultInteractive = defaults.map((d) => d.interactiveChart);
  print(`${label('default view first chart (cold):')}median ${ms(median(defaultFirst))} [runs: ${list(defaultFirst)}] target ≤ ${targets.defaultFirstChartMs} ms ${verdict(median(defaultFirst) <= targets.defaultFirstChartMs)}`);
  print(`${label('  of which interactive (canvas):')}median ${ms(median(defaultInteractive))} [runs: ${list(defaultInteractive)}]`);
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
  // The first chart comes from the build's prebaked cells; this is when DuckDB takes over.
  const sharedEngine = shared.map((d) => d.engineReady!);
  print(`${label('shared URL engine ready (cold, info):')}median ${ms(median(sharedEngine))} [runs: ${list(sharedEngine)}], ${(median(sharedEngine) / median(bareDone)).toFixed(2)} × bare instantiate`);
}

function reportFilterChanges(changes: ChangeResult[]) {
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
}

/** The JavaScript the default view requested before its interactive chart, sized from the dist files. */
function reportFirstChartJs(dist: string, defaults: ColdLoad[]) {
  const bytesOf = (path: string) => {
    const content = readFileSync(join(dist, decodeURIComponent(path)));
    return { raw: content.length, gzip: gzipSync(content).length };
  };
  const before = new Map<string, number>(); // path → runs in which the page requested it before the first chart
  for (const d of defaults) {
    for (const s of d.scripts) if (s.start < d.interactiveChart && !isEngine(s.path)) before.set(s.path, (before.get(s.path) ?? 0) + 1);
  }
  const files = [...before].filter(([, n]) => n * 2 > defaults.length).map(([path]) => ({ path, glue: isGlue(path), ...bytesOf(path) }));
  const sum = (fs: typeof files, key: 'raw' | 'gzip') => fs.reduce((a, f) => a + f[key], 0);
  const gzip = sum(files, 'gzip');
  print(
    `${label('JS before the interactive chart (cold):')}${kb(sum(files, 'raw'))} raw, ${kb(gzip)} gzip in ${files.length} file(s), DuckDB worker/wasm excluded ` +
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
      return s ? `${Math.round(s.start)}→${Math.round(s.end)}/${Math.round(d.interactiveChart)}` : '-';
    });
    print(`${label('    requested→loaded/first chart (ms):')}${timing.join(', ')}`);
  }
  if (glues.length === 0) print(`${label('  DuckDB glue chunk:')}not requested during the default view's cold load`);
}

async function main() {
  const started = performance.now();
  const dist = snapshotDist();
  const barePage = await buildBarePage();
  const app = await serveStatic(dist);
  const bare = await serveStatic(barePage.site);
  const browser = await launchChromium();
  try {
    print(`bench:ui — ${runs} cold runs each (+${warmups} warm-up), ${changeCount} filter changes, Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${load()}`);
    const defaults: ColdLoad[] = [];
    const shared: ColdLoad[] = [];
    const bares: BareLoad[] = [];
    for (let i = 0; i < warmups + runs; i += 1) {
      const keep = i >= warmups;
      // Interleaved, so that drift in machine load hits all three alike.
      const d = await coldLoad(browser, app, '', true);
      const s = await coldLoad(browser, app, sharedPath, true);
      const b = await bareInstantiate(browser, bare);
      if (keep) {
        defaults.push(d);
        shared.push(s);
        bares.push(b);
      }
      print(
        `  ${keep ? `run ${i - warmups + 1}` : 'warm-up'}: default ${ms(d.firstChart)} (engine ready ${ms(d.engineReady ?? NaN)}), shared ${ms(s.firstChart)}, bare instantiate ${ms(b.done)}`,
      );
    }
    const changes = await measureFilterChanges(browser, app, planChanges(changeCount, readObservations(dist)));
    const search = await measureSearch(browser, app);
    const consoleQueries = await measureConsoleQueries(browser, app, runs);

    print('');
    reportColdLoads(defaults, shared, bares);
    reportFilterChanges(changes);
    reportFirstChartJs(dist, defaults);
    reportSearch(search, print, label);
    reportConsoleQueries(consoleQueries, label, print);
    print(`\n(${((performance.now() - started) / 1000).toFixed(0)} s in all; load average now ${load()}; gzip = zlib level 6 of the dist files; times are in-page performance.now() from navigation start)`);
  } finally {
    await browser.close();
    await app.close();
    await bare.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(barePage.work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
