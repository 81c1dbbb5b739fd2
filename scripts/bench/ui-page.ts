import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../io/static-server';

export const loadTimeout = 60_000;

/**
 * Installed before any app script. A MutationObserver stamps the first frame after the parser
 * has put the prerendered chart into the page; a MutationObserver stamps every `data-rendered` change of the
 * interactive (canvas) chart; a capture listener on window stamps the first input event of an
 * armed filter change, and every Worker gets a first 'message' listener that stamps DuckDB's answers.
 *
 * While armed, `tFirst` is the next render after the input and `tUpdated` the first render after
 * DuckDB answered or that shows other cells (prebaked files answer without DuckDB), or the first
 * render at all when the change needs no query (a sort, a cached state), so a redraw of the old
 * cells would not count as the update.
 * Kept as source text: tsx would inject helpers into a serialised function.
 */
const instrument = `(() => {
  const probe = { firstChart: null, lastRender: 0, renders: 0, armed: false, needsQuery: true, answered: false,
    t0: null, tFirst: null, tAnswer: null, tUpdated: null, dataBefore: null, dataAtUpdate: null };
  window.__bench = probe;
  probe.prerenderedChart = null;
  const prerendered = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="chart"][data-prerendered] svg')) return;
    prerendered.disconnect();
    // Counted only if it is shown when the frame is drawn: a shared view's page hides it.
    requestAnimationFrame(() => {
      if (document.querySelector('[data-testid="chart"][data-prerendered] svg')?.checkVisibility()) probe.prerenderedChart = performance.now();
    });
  });
  prerendered.observe(document, { subtree: true, childList: true });
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
      if (probe.tUpdated === null && (!probe.needsQuery || probe.answered || probe.cellsText() !== probe.dataBefore)) {
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

export const probe = <T>(page: Page, expression: string): Promise<T> => page.evaluate(`(() => { const p = window.__bench; return ${expression}; })()`) as Promise<T>;

export async function waitFirstChart(page: Page): Promise<number> {
  await page.waitForFunction('window.__bench && window.__bench.firstChart !== null', undefined, { timeout: loadTimeout, polling: 'raf' });
  return probe<number>(page, 'p.firstChart');
}

/** Engine ready: the status line was shown while DuckDB booted and is gone now. */
export async function waitEngineReady(page: Page): Promise<number> {
  await page.waitForFunction('!document.querySelector(".engine-status")', undefined, { timeout: loadTimeout, polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** No chart render for `quietMs`. */
export const waitQuiet = (page: Page, quietMs: number) =>
  page.waitForFunction(`performance.now() - window.__bench.lastRender > ${quietMs}`, undefined, { timeout: loadTimeout, polling: 20 });

/** Opens `url` in a fresh browser context, so nothing is cached, and closes the context when `use` settles. */
export async function withFreshPage<T>(browser: Browser, url: string, options: { instrumented: boolean }, use: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    if (options.instrumented) await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    return await use(page);
  } finally {
    await context.close();
  }
}

interface ResourceLoad {
  path: string;
  start: number;
  end: number;
}

export interface ColdLoad {
  /** The first paint that shows a chart: the prerendered one if the page has it, else the canvas. */
  firstChart: number;
  /** The interactive (canvas) chart's first render. */
  interactiveChart: number;
  engineReady: number | null;
  domContentLoaded: number;
  /** When the page constructed DuckDB's worker, i.e. began instantiating. */
  workerCreated: number;
  scripts: ResourceLoad[];
  /** Every file the page requested (not the document itself), scripts among them. */
  resources: ResourceLoad[];
}

export function coldLoad(browser: Browser, server: StaticServer, path: string, waitEngine: boolean): Promise<ColdLoad> {
  return withFreshPage(browser, server.url + path, { instrumented: true }, async (page) => {
    const interactiveChart = await waitFirstChart(page);
    const firstChart = (await probe<number | null>(page, 'p.prerenderedChart')) ?? interactiveChart;
    const engineReady = waitEngine ? await waitEngineReady(page) : null;
    // Requests made by the page itself; the engine's worker fetches its wasm from its own realm.
    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
    );
    const scripts = resources.filter((r) => r.path.endsWith('.js'));
    const domContentLoaded = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
    );
    const workerCreated = await probe<number | null>(page, 'p.workerCreated ?? null');
    return { firstChart, interactiveChart, engineReady, domContentLoaded, workerCreated: workerCreated ?? NaN, scripts, resources };
  });
}
