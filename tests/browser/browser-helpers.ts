import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/io/chromium';
import { serveStatic, type StaticServer } from '../../scripts/io/static-server';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The browser tests run against the built site, as `npm test` builds it first. */
export function assertBuilt(): void {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(`${distDir}index.html is missing: run \`npx vite build\` before the browser tests`);
  }
}

/** DuckDB-WASM boots in 2–4 s on a small machine; views other than the prebaked default wait for it. */
export const engineTimeout = 30_000;

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page or its workers asked for. */
  requests: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
}

/**
 * A fresh context (no cache, no storage) with one page at `path` relative to the server root;
 * `prepare` runs before the page loads, e.g. to route requests.
 */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  path = '',
  prepare?: (context: BrowserContext) => Promise<unknown>,
  viewport = { width: 1400, height: 900 },
): Promise<Session> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await prepare?.(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(new URL(path, baseUrl).href);
  return { context, page, requests, pageErrors };
}

const chart = '[data-testid="chart"]';
const summary = '[data-testid="chart-summary"]';

export async function renderCount(page: Page): Promise<number> {
  return Number((await page.getAttribute(chart, 'data-rendered')) ?? 0);
}

export async function summaryText(page: Page): Promise<string> {
  return (await page.locator(summary).textContent()) ?? '';
}

/** Wait until the chart has finished rendering more than `after` times. */
export async function waitForRender(page: Page, after = 0): Promise<number> {
  await page
    .waitForFunction(
      ([selector, count]) => Number(document.querySelector(selector)?.getAttribute('data-rendered') ?? 0) > count,
      [chart, after] as const,
      { timeout: engineTimeout },
    )
    .catch(async (error: Error) => {
      throw new Error(`the chart did not finish rendering more than ${after} times; the page shows: ${JSON.stringify(await pageState(page))}\n${error.message}`);
    });
  return renderCount(page);
}

/** Tag the chart element now, to tell later whether it is still the same one (not unmounted and re-created). */
export async function tagChart(page: Page): Promise<void> {
  await page.locator(chart).evaluate((element) => Object.assign(element, { keptByTest: true }));
}

export async function isTaggedChart(page: Page): Promise<boolean> {
  return page.locator(chart).evaluate((element) => 'keptByTest' in element);
}

/** What is on screen, for failure messages. */
function pageState(page: Page) {
  return page.evaluate((selector) => {
    const host = document.querySelector<HTMLElement>(selector);
    return {
      url: location.href,
      visibility: document.visibilityState,
      chart: host ? { rendered: host.getAttribute('data-rendered'), size: [host.clientWidth, host.clientHeight], canvases: host.querySelectorAll('canvas').length } : null,
      text: document.body.innerText.slice(0, 400),
    };
  }, chart);
}

/** Wait until the chart summary differs from `previous` (the engine may still be booting). */
export async function waitForSummaryChange(page: Page, previous: string): Promise<string> {
  await page.waitForFunction(
    ([selector, old]) => {
      const text = document.querySelector(selector)?.textContent;
      return text != null && text !== old;
    },
    [summary, previous] as const,
    { timeout: engineTimeout },
  );
  return summaryText(page);
}

/** Wait until the chart summary is exactly `expected`. */
export async function waitForSummary(page: Page, expected: string): Promise<void> {
  await page
    .waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent === text, [summary, expected] as const, {
      timeout: engineTimeout,
    })
    .catch(async (error: Error) => {
      throw new Error(`chart summary never became ${JSON.stringify(expected)}; it is ${JSON.stringify(await summaryText(page))}\n${error.message}`);
    });
}

/** Wait until the chart summary matches `pattern`. */
export async function waitForSummaryMatching(page: Page, pattern: RegExp): Promise<string> {
  await page
    .waitForFunction(([selector, source, flags]) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ''), [summary, pattern.source, pattern.flags] as const, {
      timeout: engineTimeout,
    })
    .catch(async (error: Error) => {
      throw new Error(`chart summary never matched ${pattern}; it is ${JSON.stringify(await summaryText(page))}\n${error.message}`);
    });
  return summaryText(page);
}

/** Click something that downloads a file and return the file's name and bytes. */
export async function downloadFrom(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: engineTimeout }), page.click(selector)]);
  return { name: download.suggestedFilename(), bytes: await readDownload(download) };
}

async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`download ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return readFileSync(path);
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. A leading BOM is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

/** Rows of a CSV file as objects keyed by its header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i]])));
}

/** The published observation with this id, as the pipeline wrote it to dist/data/observations.csv. */
export function publishedObservation(observationId: string): Record<string, string> {
  const row = csvRecords(readFileSync(`${distDir}data/observations.csv`, 'utf8')).find((r) => r.observation_id === observationId);
  if (!row) throw new Error(`observation ${observationId} is not in dist/data/observations.csv`);
  return row;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** One browser and one static server of dist/ for a whole test file. */
export function useBrowserAndServer(): { readonly browser: Browser; readonly server: StaticServer } {
  const shared = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    assertBuilt();
    shared.server = await serveStatic(distDir);
    shared.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/** The sessions a test file opens, closed after each test; a crash in a page fails the test that caused it. */
export function sessionsClosedAfterEach(): Session[] {
  const sessions: Session[] = [];
  afterEach(async () => {
    const closing = sessions.splice(0);
    await Promise.all(closing.map((s) => s.context.close()));
    expect(closing.flatMap((s) => s.pageErrors)).toEqual([]);
  });
  return sessions;
}

/**
 * Page coordinates just inside the top of the topmost shape of a colour (a chart's first bar or point),
 * found on the canvas since ECharts draws everything into one bitmap; `fromY` (CSS pixels) skips a legend above the plot.
 */
export async function firstShapeOfColour(page: Page, colour: [number, number, number], fromY = 0): Promise<[number, number]> {
  const canvas = page.locator('[data-testid="chart"] canvas').first();
  const box = (await canvas.boundingBox())!;
  // No inner functions: the test runner would wrap them in a helper the page does not have.
  const point = await canvas.evaluate((element: HTMLCanvasElement, [r, g, b, skip]) => {
    const { width, height } = element;
    const pixels = element.getContext('2d')!.getImageData(0, 0, width, height).data;
    const scale = element.getBoundingClientRect().width / width;
    let top = -1;
    for (let i = Math.round(skip / scale) * width * 4; i < pixels.length && top < 0; i += 4) {
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) <= 12) top = Math.floor(i / 4 / width);
    }
    if (top < 0) return null;
    const band = top + 4;
    const xs: number[] = [];
    for (let x = 0; x < width; x++) {
      const i = (band * width + x) * 4;
      if (Math.abs(pixels[i] - r) + Math.abs(pixels[i + 1] - g) + Math.abs(pixels[i + 2] - b) <= 12) xs.push(x);
    }
    return xs.length === 0 ? null : [xs[Math.floor(xs.length / 2)] * scale, band * scale];
  }, [...colour, fromY]);
  if (!point) throw new Error(`nothing of colour rgb(${colour.join(', ')}) drawn in the chart`);
  return [box.x + point[0], box.y + point[1]];
}

/** A test file's way to open the app: one browser and server for the file, each page's context closed after its test. */
export function appOpener(): (path: string) => Promise<Session> {
  const shared = useBrowserAndServer();
  const sessions = sessionsClosedAfterEach();
  return async (path) => {
    const session = await openApp(shared.browser, shared.server.url, path);
    sessions.push(session);
    return session;
  };
}

/** Each test of a view boots DuckDB-WASM in a fresh context at least once. */
export const viewTestTimeout = 90_000;

/** A table's rows, each as the text of the picked columns joined by " | ", once the table is there. */
export async function tableLines(page: Page, testId: string, columns: number[]): Promise<string[]> {
  await page.getByTestId(testId).waitFor({ timeout: engineTimeout });
  return page
    .locator(`[data-testid="${testId}"] tbody tr`)
    .evaluateAll((rows, picked) => rows.map((row) => picked.map((i) => row.children[i].textContent).join(' | ')), columns);
}

/** The chart's PNG (its name and width in pixels) and the view's CSV (its name and records), as the export buttons download them. */
export async function exportedPngAndCsv(page: Page) {
  const png = await downloadFrom(page, '[data-testid="export-png"]');
  const csv = await downloadFrom(page, '[data-testid="export-csv"]');
  return { png: { name: png.name, width: PNG.sync.read(png.bytes).width }, csv: { name: csv.name, rows: csvRecords(csv.bytes.toString('utf8')) } };
}
