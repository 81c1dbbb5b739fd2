import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/io/chromium';
import { serveStatic, type StaticServer } from '../../scripts/io/static-server';
import { projectRoot } from '../helpers/sources';
import { downloadFrom, engineTimeout, openApp, sessionsClosedAfterEach, summaryText, waitForSummaryMatching } from './browser-helpers';

const notice = '合成数据，仅供测试规模 / synthetic data, for scale testing';
let dir: string;
let server: StaticServer;
let browser: Browser;
const sessions = sessionsClosedAfterEach();

// `npm run build:national` on a small corpus: about fifty places (Beijing, Tianjin, Hebei and Shijiazhuang's first counties), three years.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'national-'));
  const env = { ...process.env, SYNTHETIC_DIR: join(dir, 'synthetic'), NATIONAL_OUT: join(dir, 'dist') };
  execFileSync('npx', ['tsx', 'scripts/build-national.ts', '--places', '50', '--years', '2022-2024'], { cwd: projectRoot, env, stdio: 'ignore' });
  server = await serveStatic(join(dir, 'dist'));
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the national build, on synthetic data', () => {
  it('says on the page and in every export that its data is synthetic, and opens on the provinces', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, server.url);
    sessions.push(session);
    const { page } = session;
    expect(await page.locator('[data-testid="synthetic-banner"]').textContent()).toBe(notice);
    const summary = await waitForSummaryMatching(page, /北京市 2022年/);
    expect(summary).toContain('河北省');
    expect(summary).not.toContain('石家庄市');
    expect(await page.locator('[data-testid="chart-source"]').textContent()).toContain(notice);
    expect((await downloadFrom(page, '[data-testid="export-svg"]')).bytes.toString('utf8')).toContain('合成数据，仅供测试规模');
    await page.locator('[data-testid="tab-table"]').click();
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="synthetic-banner"]').isVisible()).toBe(true);
  });

  it('draws a shared link to a group of places once the places are known, keeping the group in the URL', { timeout: 120_000 }, async () => {
    // The coverage view lists the group's reports whatever indicators the seed gave them.
    const session = await openApp(browser, server.url, '?v=1&view=coverage&j=g:130000-children');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="coverage-table"] th', { hasText: '石家庄市' }).first().waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="coverage-table"] th', { hasText: '北京市' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('j')).toBe('g:130000-children');
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);

    // Among the places, a short list and a search: by Chinese or English name or by the start of the division code.
    expect(await page.locator('[data-testid="jurisdiction-filter"] input').count()).toBeLessThanOrEqual(41);
    await page.locator('[data-testid="place-search"]').fill('heping dis');
    await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-120101"]').waitFor();
    expect(await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-110101"]').count()).toBe(0);
    await page.locator('[data-testid="place-search"]').fill('1201');
    await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-120101"]').check();
    await page.waitForFunction(() => location.search.includes('j=g:130000-children,cn-120101'), null, { timeout: engineTimeout });
    await page.locator('[data-testid="coverage-table"] th', { hasText: '和平区' }).first().waitFor({ timeout: engineTimeout });
  });

  it('draws a shared trend of a province’s counties from its prebaked file alone, before the engine is up', { timeout: 120_000 }, async () => {
    const firstView = JSON.parse(readFileSync(join(dir, 'synthetic', 'first-view.json'), 'utf8')) as { indicators: { indicator_id: string; observations: number }[]; cellShards: string[] };
    const inHebei = firstView.indicators.filter((_, n) => firstView.cellShards[n].match(/\d\d/g)?.includes('13'));
    const indicator = inHebei.toSorted((a, b) => b.observations - a.observations)[0].indicator_id;
    let releaseEngine = () => {};
    const engineHeld = new Promise<void>((resolve) => (releaseEngine = resolve));
    const session = await openApp(browser, server.url, `?v=1&view=trend&ind=${indicator}&j=g:130000-counties`, (context) =>
      context.route('**/*.wasm', async (route) => {
        await engineHeld;
        await route.continue();
      }),
    );
    sessions.push(session);
    const { page, requests } = session;
    // 长安区 is one of Shijiazhuang's districts (the page's hidden prerendered provinces say nothing of it).
    const early = await waitForSummaryMatching(page, /长安区 2024年/);
    expect(await page.locator('.engine-status').count(), 'the engine was already up').toBe(1);
    // Hebei's counties only: no prefecture, no other province.
    expect(early).not.toMatch(/石家庄市 20|北京市|东城区/);
    const cellFiles = requests.filter((url) => url.includes('/prebaked/cells/')).map((url) => url.slice(url.indexOf('/prebaked/cells/')));
    expect(cellFiles).toEqual([`/prebaked/cells/${indicator}/13.json`]);
    releaseEngine();
    await page.locator('.engine-status').waitFor({ state: 'detached', timeout: engineTimeout });
  });

  it('keeps drawing prebaked views from their files once the engine is up, and asks the engine for the others', { timeout: 120_000 }, async () => {
    const firstView = JSON.parse(readFileSync(join(dir, 'synthetic', 'first-view.json'), 'utf8')) as { indicators: { indicator_id: string; observations: number }[]; cellShards: string[] };
    const provincial = firstView.indicators.filter((i, n) => i.indicator_id !== 'mediation_success_rate' && firstView.cellShards[n].startsWith('00'));
    const indicator = provincial.toSorted((a, b) => b.observations - a.observations)[0].indicator_id;
    const session = await openApp(browser, server.url);
    sessions.push(session);
    const { page, requests } = session;
    await waitForSummaryMatching(page, /北京市 2022年/);
    await page.locator('.engine-status').waitFor({ state: 'detached', timeout: engineTimeout });
    const before = await summaryText(page);
    await page.getByTestId('indicator-select').selectOption(indicator);
    await page.waitForFunction((old) => document.querySelector('[data-testid="chart-summary"]')?.textContent !== old, before, { timeout: engineTimeout });
    expect(requests.filter((url) => url.includes(`/prebaked/cells/${indicator}/`)).map((url) => url.slice(url.lastIndexOf('/') + 1))).toEqual(['00.json']);
    // Only 'all' is prebaked on a national build: reported values alone come from the engine.
    const cellFiles = requests.filter((url) => url.includes('/prebaked/cells/')).length;
    const cellQueries = `performance.getEntriesByName('engine:query').filter((m) => m.detail.reads?.indicators?.includes('${indicator}')).length`;
    expect(await page.evaluate(cellQueries)).toBe(0);
    await page.getByTestId('method-select').selectOption('reported');
    await page.waitForFunction(`${cellQueries} > 0`, null, { timeout: engineTimeout });
    expect(requests.filter((url) => url.includes('/prebaked/cells/')).length).toBe(cellFiles);
  });

  it('browses province → prefecture and adds the counties under one as a group', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, server.url, '?v=1&view=coverage');
    sessions.push(session);
    const { page } = session;
    await page.getByTestId('browse-level-0').selectOption('130000');
    await page.getByTestId('browse-level-1').selectOption('130100');
    await page.getByTestId('browse-add-counties').click();
    // Added to the provinces the page opened on.
    await page.waitForFunction(() => new URLSearchParams(location.search).get('j') === 'g:level-province,g:130100-counties', null, { timeout: engineTimeout });
    await page.locator('[data-testid="coverage-table"] th', { hasText: '长安区' }).first().waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="coverage-table"] th', { hasText: '石家庄市' }).count()).toBe(0);
  });

  it('keeps a selection under a name in this browser and applies it again', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, server.url, '?v=1&view=coverage&j=g:110000-counties,cn-120101');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="saved-selections"] summary').click();
    await page.getByTestId('selection-name').fill('京津');
    await page.getByTestId('save-selection').click();
    await page.goto(new URL('?v=1&view=coverage', server.url).href);
    await page.locator('[data-testid="saved-selections"] summary').click();
    await page.getByTestId('apply-selection').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('j') === 'g:110000-counties,cn-120101', null, { timeout: engineTimeout });
  });

  it('draws only the top and bottom N a link asks for, says how many report, and pages many places', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, server.url, '?v=1&ind=mediation_success_rate&j=g:110000-counties,g:120000-counties&top=3&y=2024');
    sessions.push(session);
    const { page } = session;
    const summary = await waitForSummaryMatching(page, /前 3 与后 3/);
    expect(summary.match(/2024年/g)).toHaveLength(6);
    expect(await page.getByTestId('top-input').inputValue()).toBe('3');
    // Without N, thirty-odd districts take two pages of 25.
    await page.getByTestId('top-input').fill('');
    await page.waitForFunction(() => !location.search.includes('top='), null, { timeout: engineTimeout });
    await page.getByTestId('page-label').waitFor({ timeout: engineTimeout });
    const first = await page.getByTestId('page-label').textContent();
    expect(first).toMatch(/^1–25 \/ 共 \d+$/);
    await page.getByTestId('page-next').click();
    await page.waitForFunction((label) => document.querySelector('[data-testid="page-label"]')?.textContent !== label, first, { timeout: engineTimeout });
    expect(await page.getByTestId('page-label').textContent()).toMatch(/^26–\d+ \/ 共 \d+$/);
    expect(await summaryText(page)).not.toMatch(/前 3/);
  });
});
