/**
 * bench:scale — the app on the synthetic national corpus, in headless Chromium: cold loads (median
 * of BENCH_RUNS, 5 by default, after a warm-up), a walk of BENCH_CHANGES filter changes, the
 * renderer's peak memory, DuckDB-WASM against Arquero on five aggregates, and the extractor over
 * the whole corpus. Prints one line per figure next to its target and writes bench-results/scale.json.
 * It never fails on a missed target.
 *
 *   npm run build:national && npm run bench:scale      (env: NATIONAL_OUT, SYNTHETIC_DIR)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { manifestSchema } from '../../src/domain/manifest';
import { indicatorOptionSchema, placeOptionSchema } from '../../src/sql/catalog-query';
import { manifestFile } from '../../src/sql/setup';
import { placesOf } from '../../src/state/place-groups';
import { nationalDefaultViewState } from '../../src/state/view-state';
import { launchChromium } from '../io/chromium';
import { serveStatic } from '../io/static-server';
import { sampleRendererPeak } from './renderer-memory';
import { compareAggregates } from './scale-aggregates';
import { planNationalChanges } from './scale-filter-plan';
import { median, percentile } from './stats';
import { bareInstantiate, buildBarePage } from './ui-bare-duckdb';
import { measureFilterChanges } from './ui-filter-changes';
import { coldLoad, type ColdLoad } from './ui-page';

const countFromEnv = (name: string, fallback: number, min: number) => Math.max(min, Number.parseInt(process.env[name] ?? '', 10) || fallback);
const runs = countFromEnv('BENCH_RUNS', 5, 1);
const warmups = countFromEnv('BENCH_WARMUP', 1, 0);
const changeCount = countFromEnv('BENCH_CHANGES', 60, 60);
const dist = resolve(process.env.NATIONAL_OUT ?? 'dist-national');
const synthetic = resolve(process.env.SYNTHETIC_DIR ?? 'dist-synthetic');

const targets = { defaultFirstChartMs: 800, sharedOverBare: 1.2, filterP95Ms: 100, bytesBeforeFirstChartMB: 1.5, peakMemoryMB: 1024, speedup: 5, reportsPerSecond: 300, extractionRssMB: 2048 };
const figures: Record<string, unknown> = {};
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
const line = (name: string, text: string, value: unknown) => {
  figures[name] = value;
  console.log(`${`${name}:`.padEnd(46)}${text}`);
};
const list = (xs: number[]) => xs.map((x) => Math.round(x)).join(', ');
const mb = (bytes: number) => bytes / 1024 / 1024;

/** The engine's own files, which the budget leaves out: DuckDB's wasm and worker. */
const isEngine = (path: string) => path.endsWith('.wasm') || /duckdb-browser-[^/]*\.worker\.js$/.test(path);
const gzipped = new Map<string, number>();
function gzipBytes(path: string): number {
  if (!gzipped.has(path)) gzipped.set(path, gzipSync(readFileSync(join(dist, decodeURIComponent(path === '/' ? '/index.html' : path)))).length);
  return gzipped.get(path)!;
}
/** What the page fetched before its first chart, gzip-compressed as a static host would send it: the document and every file but the engine's. */
const bytesBeforeFirstChart = (load: ColdLoad) =>
  gzipBytes('/') + load.resources.filter((r) => r.start < load.firstChart && !isEngine(r.path)).reduce((sum, r) => sum + gzipBytes(r.path), 0);

function readBuild() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no build: run \`npm run build:national\` first`);
  const firstView = JSON.parse(readFileSync(join(synthetic, 'first-view.json'), 'utf8')) as { places: unknown; indicators: unknown };
  const places = placeOptionSchema.array().parse(firstView.places);
  const indicators = indicatorOptionSchema.array().parse(firstView.indicators).toSorted((a, b) => b.observations - a.observations);
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dist, 'data', manifestFile), 'utf8')));
  return { places, indicators, manifest };
}

async function main() {
  const started = performance.now();
  const { places, indicators, manifest } = readBuild();
  const provinces = places.filter((p) => p.admin_level === 'province');
  const countiesOf = (p: (typeof places)[number]) => placesOf([`g:${p.division_code}-counties`], places).length;
  const sharedProvince = provinces.toSorted((a, b) => countiesOf(b) - countiesOf(a))[0];
  const sharedIndicator = indicators[0].indicator_id;
  const sharedPath = `?v=1&view=trend&ind=${sharedIndicator}&j=g:${sharedProvince.division_code}-counties`;
  const years = [...new Set(places.flatMap((p) => p.years))].sort((a, b) => a - b);

  console.log(`bench:scale — corpus: ${places.length} places, ${years.length} years, ${manifest.partitions.reduce((n, p) => n + p.rows, 0).toLocaleString('en')} observations in ${manifest.partitions.length} partitions`);
  console.log(`shared URL: ${sharedPath} (${sharedProvince.name_en}: ${countiesOf(sharedProvince)} counties, ${years.length} years)`);
  // First, on a quiet machine: the extractor over the whole corpus, in a process of its own.
  const extraction = JSON.parse(execFileSync('npx', ['tsx', 'scripts/bench/scale-extract.ts', join(synthetic, 'data')], { encoding: 'utf8' }).trim().split('\n').at(-1)!) as { reports: number; observations: number; extractSeconds: number; wallSeconds: number; peakRssMB: number };
  const perSecond = extraction.reports / extraction.extractSeconds;
  line(
    'extraction of the whole corpus',
    `${extraction.reports.toLocaleString('en')} reports, ${extraction.observations.toLocaleString('en')} reported observations: ${perSecond.toFixed(0)} reports/s extracting (${(extraction.reports / extraction.wallSeconds).toFixed(0)}/s with reading), peak RSS ${extraction.peakRssMB.toFixed(0)} MB, ` +
      `target ≥ ${targets.reportsPerSecond}/s, ≤ ${targets.extractionRssMB} MB ${verdict(perSecond >= targets.reportsPerSecond && extraction.peakRssMB <= targets.extractionRssMB)}`,
    { ...extraction, reportsPerSecond: perSecond },
  );
  const barePage = await buildBarePage();
  const app = await serveStatic(dist);
  const bare = await serveStatic(barePage.site);
  const browser = await launchChromium();
  const memory = sampleRendererPeak();
  try {
    console.log(`${runs} cold runs each (+${warmups} warm-up), Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`);
    const defaults: ColdLoad[] = [];
    const shared: ColdLoad[] = [];
    const bares: number[] = [];
    for (let i = 0; i < warmups + runs; i += 1) {
      const d = await coldLoad(browser, app, '', true);
      const s = await coldLoad(browser, app, sharedPath, true);
      const b = await bareInstantiate(browser, bare);
      console.log(`  ${i < warmups ? 'warm-up' : `run ${i - warmups + 1}`}: default ${Math.round(d.firstChart)} ms, shared ${Math.round(s.firstChart)} ms (engine ready ${Math.round(s.engineReady ?? NaN)} ms), bare instantiate ${Math.round(b.done)} ms`);
      if (i < warmups) continue;
      defaults.push(d);
      shared.push(s);
      bares.push(b.done);
    }
    const defaultFirst = median(defaults.map((d) => d.firstChart));
    line('default view first chart', `median ${Math.round(defaultFirst)} ms [runs: ${list(defaults.map((d) => d.firstChart))}] target ≤ ${targets.defaultFirstChartMs} ms ${verdict(defaultFirst <= targets.defaultFirstChartMs)}`, defaultFirst);
    const sharedFirst = median(shared.map((s) => s.firstChart));
    const ratio = sharedFirst / median(bares);
    line('shared URL first chart', `median ${Math.round(sharedFirst)} ms [runs: ${list(shared.map((s) => s.firstChart))}]`, sharedFirst);
    line('bare DuckDB instantiate', `median ${Math.round(median(bares))} ms [runs: ${list(bares)}]`, median(bares));
    line('shared URL first chart / bare instantiate', `${ratio.toFixed(2)} target ≤ ${targets.sharedOverBare} ${verdict(ratio <= targets.sharedOverBare)}`, ratio);
    line('shared URL engine ready (info)', `median ${Math.round(median(shared.map((s) => s.engineReady!)))} ms`, median(shared.map((s) => s.engineReady!)));
    const defaultBytes = median(defaults.map(bytesBeforeFirstChart));
    const sharedBytes = median(shared.map(bytesBeforeFirstChart));
    line('bytes before first chart (default view)', `${mb(defaultBytes).toFixed(2)} MB gzip, DuckDB wasm and worker excluded, target ≤ ${targets.bytesBeforeFirstChartMB} MB ${verdict(mb(defaultBytes) <= targets.bytesBeforeFirstChartMB)}`, defaultBytes);
    line('bytes before first chart (shared view)', `${mb(sharedBytes).toFixed(2)} MB gzip, DuckDB wasm and worker excluded`, sharedBytes);

    const plan = planNationalChanges(changeCount, { indicator: nationalDefaultViewState.indicator, jurisdictions: nationalDefaultViewState.jurisdictions, years: [], sort: 'value_desc' }, provinces, indicators.slice(0, 8).map((i) => i.indicator_id), years);
    const changes = await measureFilterChanges(browser, app, plan);
    const timed = changes.filter((c) => c.ms !== null).map((c) => c.ms!);
    const failed = changes.length - timed.length;
    const p95 = percentile(timed, 95);
    line('filter change → chart', `p50 ${Math.round(percentile(timed, 50))} ms, p95 ${Math.round(p95)} ms, max ${Math.round(Math.max(...timed))} ms [n=${timed.length}${failed ? `, ${failed} not drawn within 10 s` : ''}] target p95 ≤ ${targets.filterP95Ms} ms ${verdict(p95 <= targets.filterP95Ms && failed === 0)}`, { p50: percentile(timed, 50), p95, n: timed.length, failed });
    const queried = changes.filter((c) => c.engine.queryMs > 0);
    const loading = changes.filter((c) => c.engine.loadMs > 1).map((c) => c.engine.loadMs);
    line(
      '  of which DuckDB-WASM (info)',
      `query p50 ${Math.round(percentile(queried.map((c) => c.engine.queryMs), 50))} ms, p95 ${Math.round(percentile(queried.map((c) => c.engine.queryMs), 95))} ms [n=${queried.length}]; ` +
        `fetching and loading a new partition p50 ${Math.round(percentile(loading, 50))} ms [n=${loading.length}]`,
      { queryP50: percentile(queried.map((c) => c.engine.queryMs), 50), partitionLoads: loading },
    );
    for (const kind of ['jurisdiction', 'indicator', 'year', 'sort'] as const) {
      const xs = changes.filter((c) => c.kind === kind && c.ms !== null).map((c) => c.ms!);
      if (xs.length > 0) line(`  ${kind === 'jurisdiction' ? 'place group' : kind} changes`, `p50 ${Math.round(percentile(xs, 50))} ms, p95 ${Math.round(percentile(xs, 95))} ms [n=${xs.length}]`, { p50: percentile(xs, 50), p95: percentile(xs, 95), n: xs.length });
    }
    const peak = memory.stop();
    line('peak memory (renderer RSS)', `${mb(peak).toFixed(0)} MB: the page's renderer process, JS heaps of page and workers, wasm memory and all, target ≤ ${targets.peakMemoryMB} MB ${verdict(mb(peak) <= targets.peakMemoryMB)}`, peak);

    const aggregates = await compareAggregates(browser, join(dist, 'data'), runs);
    console.log(`DuckDB-WASM vs Arquero, the same ${aggregates.loadedRows.toLocaleString('en')} observations loaded in one page, medians of ${runs}:`);
    for (const f of aggregates.figures) {
      line(`  ${f.name}`, `DuckDB ${f.duckdbMs.toFixed(1)} ms, Arquero ${f.arqueroMs.toFixed(1)} ms, ${f.speedup.toFixed(1)}× [${f.rows} rows, ${f.sameResults ? 'same results' : 'RESULTS DIFFER'}] target ≥ ${targets.speedup}× ${verdict(f.speedup >= targets.speedup && f.sameResults)}`, f);
    }

  } finally {
    memory.stop();
    await browser.close();
    await app.close();
    await bare.close();
    rmSync(barePage.work, { recursive: true, force: true });
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/scale.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, targets, figures }, null, 2)}\n`);
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s in all; written to bench-results/scale.json)`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
