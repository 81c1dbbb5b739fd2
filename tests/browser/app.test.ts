import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../src/charts/png-text';
import { projectRoot } from '../helpers/sources';
import {
  axeViolations,
  csvRecords,
  downloadFrom,
  engineTimeout,
  isTaggedChart,
  openApp,
  parseCsv,
  publishedObservation,
  renderCount,
  summaryText,
  tagChart,
  waitForRender,
  waitForSummary,
  waitForSummaryChange,
  waitForSummaryMatching,
  sessionsClosedAfterEach,
  useBrowserAndServer,
  type Session,
} from './browser-helpers';

// Each test boots DuckDB-WASM in a fresh context at least once.
const testTimeout = 90_000;

const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();

async function open(path = '', prepare?: Parameters<typeof openApp>[3]): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, path, prepare);
  sessions.push(session);
  return session;
}

const xilingolMediationCases = 'xilingol-2020/mediation_cases/not_stated';
const catalogFile = JSON.parse(readFileSync(join(projectRoot, 'data/indicators.json'), 'utf8'));
const harbinDerivedSuccessRate = 'harbin-2022/mediation_success_rate/jurisdiction_wide/derived';

const tab = (page: Page, view: string) => page.locator(`[data-testid="tab-${view}"]`);
const checkbox = (page: Page, filter: 'jurisdiction' | 'year', value: string) => page.locator(`[data-testid="${filter}-filter"] input[value="${value}"]`);
const searchOf = (page: Page) => new URL(page.url()).search;

async function loadDefaultChart(page: Page): Promise<string> {
  await waitForRender(page);
  return summaryText(page);
}

async function openSourceSentence(page: Page): Promise<void> {
  await page.locator('[data-testid="quote-highlight"]').waitFor({ timeout: engineTimeout });
}

/** The quote's <mark> lies inside the visible part of the scrolling report text and of the window. */
function quoteIsScrolledIntoView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector('[data-testid="quote-highlight"]')!.getBoundingClientRect();
    const box = document.querySelector('[data-testid="report-text"]')!.getBoundingClientRect();
    const inside = (outer: { top: number; bottom: number }) => mark.top >= outer.top && mark.bottom <= outer.bottom;
    return mark.height > 0 && inside(box) && inside({ top: 0, bottom: window.innerHeight });
  });
}

async function tableColumn(page: Page, index: number): Promise<string[]> {
  return page.locator('[data-testid="data-table"] tbody tr').evaluateAll((rows, i) => rows.map((row) => row.children[i].textContent ?? ''), index);
}

async function tableRowsAsText(page: Page): Promise<string[]> {
  const [names, years] = await Promise.all([tableColumn(page, 0), tableColumn(page, 1)]);
  return names.map((name, i) => `${name} ${years[i]}`);
}

/**
 * Page coordinates of the middle of the chart's bars, found by their colour on the canvas
 * (the first palette colour, #2f6db5), since ECharts draws everything into one bitmap.
 */
async function barCentre(page: Page): Promise<[number, number]> {
  const canvas = page.locator('[data-testid="chart"] canvas').first();
  const box = (await canvas.boundingBox())!;
  const centre = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { width, height } = element;
    const pixels = element.getContext('2d')!.getImageData(0, 0, width, height).data;
    let sumX = 0;
    let sumY = 0;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (Math.abs(pixels[i] - 0x2f) + Math.abs(pixels[i + 1] - 0x6d) + Math.abs(pixels[i + 2] - 0xb5) > 12) continue;
      sumX += (i / 4) % width;
      sumY += Math.floor(i / 4 / width);
      count++;
    }
    const scale = element.getBoundingClientRect().width / width;
    return count < 50 ? null : [(sumX / count) * scale, (sumY / count) * scale];
  });
  if (!centre) throw new Error('no bar drawn in the chart');
  return [box.x + centre[0], box.y + centre[1]];
}

describe('dashboard in a browser', () => {
  it('draws the default chart with data on first load', { timeout: testTimeout }, async () => {
    const { page } = await open();
    const summary = await loadDefaultChart(page);

    expect(await page.locator('[data-testid="chart"] canvas').count()).toBeGreaterThanOrEqual(1);
    expect(await renderCount(page)).toBeGreaterThanOrEqual(1);
    expect(summary).toContain('锡林郭勒盟 2020年: 99.13%');
    expect(summary).toContain('哈尔滨市 2022年: 98.2%');
    expect(summary).toContain('兴安区 2022年: 报告未提及');
  });

  it('says what the indicator means: the default view’s with the page, another’s once the engine is up', { timeout: testTimeout }, async () => {
    const definition = (id: string) => catalogFile.indicators.find((i: { indicator_id: string }) => i.indicator_id === id).definition_zh;
    const { page } = await open();
    await loadDefaultChart(page);
    expect(await page.locator('.indicator-note').textContent()).toContain(definition('mediation_success_rate'));
    await page.locator('[data-testid="indicator-select"]').selectOption('legal_aid_cases');
    await expect.poll(() => page.locator('.indicator-note').textContent(), { timeout: engineTimeout }).toContain(definition('legal_aid_cases'));
  });

  it('redraws the same chart when the indicator changes, puts it in the URL, and goes back', { timeout: testTimeout }, async () => {
    const { page } = await open();
    const before = await loadDefaultChart(page);
    const renders = await renderCount(page);
    await tagChart(page);

    // Changed at once, typically while DuckDB-WASM is still booting: the old chart should stay up meanwhile.
    await page.locator('[data-testid="indicator-select"]').selectOption('mediation_cases');
    const after = await waitForSummaryChange(page, before);
    expect(await isTaggedChart(page), 'the chart was unmounted and re-created instead of redrawn').toBe(true);
    await waitForRender(page, renders);

    expect(after).toMatch(/锡林郭勒盟 2020年: 4,?489/);
    expect(after).toMatch(/哈尔滨市 2022年: 29,?764/);
    expect(page.url()).toContain('ind=mediation_cases');

    await page.goBack();
    await waitForSummary(page, before);
    expect(page.url()).not.toContain('ind=');
  });

  it('keeps only the ticked jurisdictions, in chart and URL, and goes back step by step', { timeout: testTimeout }, async () => {
    const { page } = await open();
    const all = await loadDefaultChart(page);

    await checkbox(page, 'jurisdiction', 'harbin').check();
    const harbinOnly = await waitForSummaryChange(page, all);
    await checkbox(page, 'jurisdiction', 'xilingol').check();
    const two = await waitForSummaryChange(page, harbinOnly);

    expect(harbinOnly).toContain('哈尔滨市 2022年: 98.2%');
    expect(harbinOnly).not.toContain('锡林郭勒盟');
    expect(two).toContain('锡林郭勒盟 2020年: 99.13%');
    expect(two).toContain('哈尔滨市 2022年: 98.2%');
    for (const other of ['兴安区', '连云港市', '岳阳市']) expect(two).not.toContain(other);
    expect(searchOf(page)).toBe('?v=1&j=harbin,xilingol');

    await page.goBack();
    await waitForSummary(page, harbinOnly);
    expect(await checkbox(page, 'jurisdiction', 'xilingol').isChecked()).toBe(false);
    await page.goBack();
    await waitForSummary(page, all);
    expect(searchOf(page)).toBe('');
  });

  it('reproduces a copied link in a new browser context', { timeout: testTimeout }, async () => {
    const { page } = await open();
    await loadDefaultChart(page);
    await tab(page, 'trend').click();
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.locator('[data-testid="indicator-select"]').selectOption('mediation_cases');
    await checkbox(page, 'jurisdiction', 'harbin').check();
    await checkbox(page, 'jurisdiction', 'xilingol').check();
    // English names of exactly the two ticked jurisdictions, and no Chinese left in the summary.
    const summary = await waitForSummaryMatching(page, /^(?=.*Harbin)(?=.*Xilingol)(?!.*(Yueyang|Lianyungang|Xing'an))[^\u4e00-\u9fff]*$/);
    expect(summary).toContain('Harbin 2020: no report for that year');

    await page.locator('[data-testid="copy-link"]').click();
    const link = await page.locator('[data-testid="copied-link"]').inputValue();
    expect(link).toBe(page.url());
    for (const part of ['view=trend', 'ind=mediation_cases', 'j=harbin,xilingol', 'lang=en']) expect(link).toContain(part);

    const copy = await open(link);
    await waitForSummary(copy.page, summary);
    expect(await tab(copy.page, 'trend').getAttribute('aria-selected')).toBe('true');
    expect(await tab(copy.page, 'compare').getAttribute('aria-selected')).toBe('false');
    expect(await copy.page.getAttribute('html', 'lang')).toBe('en');
    expect(await tab(copy.page, 'trend').textContent()).toBe(await tab(page, 'trend').textContent());
    expect(copy.page.url()).toBe(link);
  });

  it('exports the chart as a 2× PNG that carries the view URL', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&sort=name');
    await loadDefaultChart(page);

    const { name, bytes } = await downloadFrom(page, '[data-testid="export-png"]');

    expect(name).toBe('mediation_success_rate_2020-2022.png');
    expect(bytes.length).toBeGreaterThan(20_000);
    const image = PNG.sync.read(bytes);
    expect(image.width).toBe(2400);
    expect(Object.values(readPngText(new Uint8Array(bytes)))).toContain(page.url());
  });

  it('exports the chart as a well-formed SVG with its title and source line', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&sort=name');
    await loadDefaultChart(page);

    const { name, bytes } = await downloadFrom(page, '[data-testid="export-svg"]');
    const svg = bytes.toString('utf8');

    expect(name).toBe('mediation_success_rate_2020-2022.svg');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('调解成功率');
    expect(svg).toContain('来源');
    expect(svg).toContain(page.url());
    const parseError = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg);
    expect(parseError).toBeNull();
  });

  it('highlights the quote of a reported value in its report and scrolls to it', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&ind=mediation_cases&src=${xilingolMediationCases}`);
    await openSourceSentence(page);
    const highlight = page.locator('[data-testid="quote-highlight"]');

    expect(await highlight.textContent()).toBe(publishedObservation(xilingolMediationCases).quote);
    expect(await highlight.textContent()).toContain('4489');
    expect(await page.locator('[data-testid="source-value"]').textContent()).toMatch(/^4,?489 /);
    await page.waitForFunction(() => document.querySelector('[data-testid="report-text"]')!.scrollTop > 0, undefined, { timeout: 5_000 });
    expect(await quoteIsScrolledIntoView(page)).toBe(true);
  });

  it('lists the inputs of a derived value, each opening its own highlighted quote', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&src=${harbinDerivedSuccessRate}`);
    const inputs = page.getByTestId('source-panel').locator('li button');
    await inputs.first().waitFor({ timeout: engineTimeout });

    expect(await inputs.count()).toBe(2);
    expect(await page.locator('[data-testid="source-value"]').textContent()).toContain('98.22%');
    await inputs.first().click();
    await openSourceSentence(page);
    const input = new URL(page.url()).searchParams.get('src')!;
    expect(input).not.toBe(harbinDerivedSuccessRate);
    expect(input).toMatch(/^harbin-2022\/mediation_(cases|successful)\//);
    expect(await page.locator('[data-testid="quote-highlight"]').textContent()).toBe(publishedObservation(input).quote);
    await page.waitForFunction(() => document.querySelector('[data-testid="report-text"]')!.scrollTop > 0, undefined, { timeout: 5_000 });
    expect(await quoteIsScrolledIntoView(page)).toBe(true);
  });

  it('opens the source panel when a chart bar is clicked', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&ind=mediation_cases&j=xilingol&y=2020');
    // A non-default view mounts its chart only once the engine has answered, so the first render is this one bar.
    await waitForRender(page);
    expect(await summaryText(page)).toMatch(/^调解矛盾纠纷件数 — 锡林郭勒盟 2020年: 4,?489$/);
    await page.mouse.click(...(await barCentre(page)));
    await openSourceSentence(page);
    expect(new URL(page.url()).searchParams.get('src')).toBe(xilingolMediationCases);
  });

  it('names dropped URL parameters, still draws the chart and cleans the URL', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=bogus&j=harbin,atlantis&y=20x0&foo=1');
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ timeout: 10_000 });

    const listed = await notice.textContent();
    for (const dropped of ['view=bogus', 'j=atlantis', 'y=20x0', 'foo=1']) expect(listed).toContain(dropped);
    expect(listed).not.toContain('harbin');
    const summary = await waitForSummaryMatching(page, /^调解成功率 \(%\) — 哈尔滨市/);
    expect(summary).not.toContain('锡林郭勒盟');
    expect(await renderCount(page)).toBeGreaterThanOrEqual(1);
    expect(await tab(page, 'compare').getAttribute('aria-selected')).toBe('true');
    expect(searchOf(page)).toBe('?v=1&j=harbin');
  });

  it('draws the places a group in the link stands for, keeps the group in the URL, and drops it as one', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=trend&ind=mediation_success_rate&j=g:230000-children,xilingol');
    const summary = await waitForSummaryMatching(page, /哈尔滨市/);
    expect(summary).toContain('锡林郭勒盟');
    expect(summary).not.toContain('连云港市');
    expect(searchOf(page)).toBe('?v=1&view=trend&j=g:230000-children,xilingol');
    const group = page.locator('[data-testid="jurisdiction-filter"] input[value="g:230000-children"]');
    expect(await group.isChecked()).toBe(true);
    expect(await page.locator('[data-testid="jurisdiction-filter"] label', { has: page.locator('input[value="g:230000-children"]') }).textContent()).toContain('下辖各地');
    await group.click(); // the box goes with the group
    await page.waitForFunction(() => !document.querySelector('[data-testid="chart-summary"]')?.textContent?.includes('哈尔滨市'), null, { timeout: engineTimeout });
    expect(searchOf(page)).toBe('?v=1&view=trend&j=xilingol');
  });

  it.each([
    ['the default view', '', '[data-testid="chart"][data-rendered]'],
    ['the table view', '?v=1&view=table', '[data-testid="data-table"] tbody tr'],
    ['the source panel', `?v=1&ind=mediation_cases&src=${xilingolMediationCases}`, '[data-testid="quote-highlight"]'],
  ])('has no serious or critical axe violations on %s', { timeout: testTimeout }, async (_name, path, ready) => {
    const { page } = await open(path);
    await page.locator(ready).first().waitFor({ timeout: engineTimeout });

    const severe = (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe).toEqual([]);
  });

  it('shows which data file failed, with a retry that recovers', { timeout: testTimeout }, async () => {
    const observations = '**/data/parts/observations-mediation_cases.arrow';
    const { context, page } = await open('?v=1&view=table', (context) => context.route(observations, (route) => route.fulfill({ status: 404 })));

    const alert = page.locator('[role="alert"]', { hasText: 'data/parts/observations-mediation_cases.arrow' });
    await alert.waitFor({ timeout: engineTimeout });
    expect(await alert.textContent()).toContain('404');
    expect(await page.locator('h1').isVisible()).toBe(true);

    await context.unroute(observations);
    await alert.locator('button').click();
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor({ timeout: engineTimeout });
    expect(await alert.count()).toBe(0);
  });

  it('downloads the table as CSV in the order shown, and sorts by a clicked header', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=table');
    const rows = page.locator('[data-testid="data-table"] tbody tr');
    await rows.first().waitFor({ timeout: engineTimeout });

    const first = await downloadFrom(page, '[data-testid="export-csv"]');
    const [header, ...data] = parseCsv(first.bytes.toString('utf8'));
    expect(first.name).toBe('mediation_success_rate.csv');
    expect(header.slice(0, 3)).toEqual(['observation_id', 'jurisdiction', 'year']);
    expect(data.length).toBe(await rows.count());
    expect(data.length).toBeGreaterThan(1);
    expect(data.map((r) => `${r[1]} ${r[2]}`)).toEqual(await tableRowsAsText(page));

    const valuesBefore = await tableColumn(page, 3);
    await page.locator('[data-testid="data-table"] th', { hasText: '数值' }).locator('button').click();
    await page.waitForFunction((before) => {
      const cells = [...document.querySelectorAll('[data-testid="data-table"] tbody tr')].map((r) => r.children[3].textContent);
      return JSON.stringify(cells) !== before;
    }, JSON.stringify(valuesBefore), { timeout: 5_000 });

    const sorted = csvRecords((await downloadFrom(page, '[data-testid="export-csv"]')).bytes.toString('utf8'));
    const values = sorted.map((r) => r.value).filter((v) => v !== '').map(Number);
    expect(values).toEqual(values.toSorted((a, b) => a - b));
    expect(sorted.map((r) => `${r.jurisdiction} ${r.year}`)).toEqual(await tableRowsAsText(page));
  });

  it('flags a reported value that disagrees with the value derived from its inputs', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=table&ind=reconsideration_acceptance_rate&j=lianyungang&y=2020');
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor({ timeout: engineTimeout });

    const [values, methods, flags] = await Promise.all([tableColumn(page, 3), tableColumn(page, 7), tableColumn(page, 9)]);
    expect(values).toEqual(['88.4%', '87.26%']);
    expect(methods).toEqual(['报告原值', '计算值']);
    for (const flag of flags) expect(flag).toMatch(/88\.4.*87\.26|87\.26.*88\.4/);

    // The derived row says how: its formula and its inputs, each opening its own source sentence.
    const derivation = page.locator('[data-testid="derivation"]');
    expect(await derivation.count()).toBe(1);
    expect(await derivation.locator('.formula').textContent()).toBe('受理行政复议案件数 / 新收行政复议案件数 × 100');
    const inputs = derivation.getByTestId('derivation-input');
    expect(await inputs.count()).toBe(2);
    expect(await derivation.textContent()).not.toContain('lianyungang-2020/');
    await inputs.first().click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('src') === 'lianyungang-2020/reconsideration_accepted/jurisdiction_wide', null, { timeout: engineTimeout });
    await page.locator('[data-testid="source-panel"]').waitFor({ timeout: engineTimeout });
  });

  it('draws a linked chart from the build’s cells before the engine is up, and keeps drawing views from them after', { timeout: testTimeout }, async () => {
    let releaseEngine = () => {};
    const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
    const { page } = await open('?v=1&view=trend&ind=mediation_cases&j=harbin,xilingol&m=reported', (context) =>
      context.route('**/*.wasm', async (route) => {
        await engineHeld;
        await route.continue();
      }),
    );
    const early = await waitForSummaryMatching(page, /锡林郭勒盟 2020年: 4,?489/);
    expect(early).toMatch(/哈尔滨市 2022年: 29,?764/);
    expect(early).not.toContain('连云港');
    expect(await page.locator('.engine-status').count(), 'the engine was already up').toBe(1);

    releaseEngine();
    await page.locator('.engine-status').waitFor({ state: 'detached', timeout: engineTimeout });
    const cellQueries = () =>
      page.evaluate("performance.getEntriesByName('engine:query').filter((m) => m.detail.reads?.indicators?.includes('mediation_cases')).length");
    const asked = await cellQueries();
    // The same SQL's answer, from the prebaked files: the engine is not asked for it (a Node test holds the two equal).
    await page.locator('[data-testid="jurisdiction-filter"] input[value="lianyungang"]').check();
    const later = await waitForSummaryMatching(page, /连云港市 2020年: /);
    expect(later).toMatch(/锡林郭勒盟 2020年: 4,?489/);
    expect(await cellQueries()).toBe(asked);
  });

  it('derives the observations itself once its first query is answered, agreeing with the published rows', { timeout: testTimeout }, async () => {
    const { page, pageErrors } = await open('?v=1&view=table&ind=mediation_success_rate&j=xilingol');
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor({ timeout: engineTimeout });
    await page.waitForFunction(() => performance.getEntriesByName('engine:derived').length > 0, undefined, { timeout: engineTimeout });
    const derivation = await page.evaluate(() => (performance.getEntriesByName('engine:derived')[0] as PerformanceMark).detail);
    expect(derivation).toEqual({ changed: 0 });
    await page.locator('[data-testid="method-select"]').selectOption('derived');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="data-table"] tbody tr').length === 1, undefined, { timeout: engineTimeout });
    expect(await tableColumn(page, 3)).toEqual(['99.13%']);
    expect(await tableColumn(page, 4)).toEqual(['%']);
    expect(pageErrors).toEqual([]);
  });

  it('asks only its own server for anything, engine and reports included', { timeout: testTimeout }, async () => {
    const { page, requests } = await open();
    await loadDefaultChart(page);
    await page.goto(`${shared.server.url}?v=1&ind=mediation_cases&src=${xilingolMediationCases}`);
    await openSourceSentence(page);

    expect(requests.some((url) => url.endsWith('.wasm'))).toBe(true);
    expect(requests.some((url) => url.endsWith('/data/reports/xilingol-2020.txt'))).toBe(true);
    const foreign = requests.filter((url) => !url.startsWith(shared.server.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });

  it('fetches the observations of the derivation families a view reads, all years in one file, each once, and no others', { timeout: testTimeout }, async () => {
    const { page, requests } = await open('?v=1&view=table&ind=mediation_cases');
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    const partitions = () => requests.filter((url) => url.includes('/data/parts/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
    // mediation_cases and the success rate derived from it share one file.
    expect(partitions()).toEqual(['observations-mediation_cases.arrow']);
    const pick = async (indicator: string) => {
      const before = await page.locator('table tbody').textContent();
      await page.locator('[data-testid="indicator-select"]').selectOption(indicator);
      await page.waitForFunction((old) => (document.querySelector('table tbody')?.textContent ?? old) !== old, before, { timeout: engineTimeout });
    };
    await page.locator('[data-testid="year-filter"] input[value="2022"]').check();
    await page.waitForFunction(() => location.search.includes('y=2022'));
    await pick('reconsideration_received');
    await pick('mediation_success_rate');
    expect(partitions().toSorted()).toEqual(['observations-mediation_cases.arrow', 'observations-reconsideration_acceptance_rate.arrow']);
  });
});
