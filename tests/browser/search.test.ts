import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { csvRecords, downloadFrom, engineTimeout, openApp, sessionsClosedAfterEach, useBrowserAndServer, type Session } from './browser-helpers';

const testTimeout = 90_000;
const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();

async function open(path: string): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, path);
  sessions.push(session);
  return session;
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const results = (page: Page) => page.locator('[data-testid="search-result"]');

async function waitForResults(page: Page, query: string) {
  await page.locator(`[data-testid="search-results"][data-query="${query}"]`).waitFor({ timeout: engineTimeout });
}

describe('full-text search in a browser', () => {
  it('finds 复议 in harbin-2022’s traditional text from a link, and opens the reader there', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&view=search&q=${encodeURIComponent('复议')}`);
    await waitForResults(page, '复议');
    const harbin = results(page).and(page.locator('[data-report="harbin-2022"]'));
    expect(await harbin.count()).toBeGreaterThan(2);
    const first = harbin.first();
    expect(await first.locator('mark').first().textContent()).toBe('復議');
    expect(await first.textContent()).toContain('哈尔滨');
    expect(await page.locator('[data-testid="report-count"][data-report="harbin-2022"]').getAttribute('data-count')).toBe(String(await harbin.count()));
    // The simplified reports answer too.
    expect(await results(page).and(page.locator('[data-report="lianyungang-2020"]')).count()).toBeGreaterThan(0);
    // The sentence of 受理行政復議案件1758件 names its figures.
    const withFigure = harbin.filter({ hasText: '1758件' }).first();
    expect(await withFigure.locator('[data-testid="result-figure"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/复议.*1758件/)]));

    const start = Number(await withFigure.getAttribute('data-start'));
    await withFigure.locator('[data-testid="result-open"]').click();
    await expect.poll(() => param(page, 'view')).toBe('read');
    expect(param(page, 'r')).toBe('harbin-2022');
    expect(param(page, 'at')).toBe(String(start));
    const text = page.locator('[data-testid="reader-text"]');
    await text.locator('.reader-line').first().waitFor({ timeout: engineTimeout });
    // The sentence's line is at the top of the reader's box.
    await expect.poll(() => text.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
    const topLine = await text.evaluate(`(() => {
      const box = document.querySelector('[data-testid="reader-text"]');
      const y = box.getBoundingClientRect().top + 12;
      return [...box.querySelectorAll('.reader-line')].find((l) => l.getBoundingClientRect().bottom > y).textContent;
    })()`);
    expect(topLine).toContain('1758件');
  });

  it('searches as one types, a traditional query finding simplified text, and keeps the query in the link', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=search');
    const entries = await page.evaluate('history.length');
    await page.locator('[data-testid="search-input"]').fill('複議');
    await waitForResults(page, '複議');
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks).toContain('复议');
    expect(marks).toContain('復議');
    await expect.poll(() => param(page, 'q')).toBe('複議');
    expect(await page.evaluate('history.length')).toBe(entries);
  });

  it('exports every result as CSV: the sentence as written, what matched, and its figures', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&view=search&q=${encodeURIComponent('复议')}`);
    await waitForResults(page, '复议');
    const { name, bytes } = await downloadFrom(page, '[data-testid="search-export-csv"]');
    expect(name).toBe('search-results.csv');
    const records = csvRecords(bytes.toString('utf8'));
    expect(records.length).toBe(await results(page).count());
    const harbin = records.filter((r) => r.report_id === 'harbin-2022');
    expect(harbin.length).toBeGreaterThan(2);
    expect(harbin.every((r) => r.matched.split(';').every((m) => m === '復議'))).toBe(true);
    const withFigure = harbin.find((r) => r.sentence.includes('1758件'))!;
    expect(withFigure.figures).toContain('1758');
    expect(withFigure.indicator_ids).toContain('reconsideration');
  });

  it('says so when a link’s query is hostile, and still draws the search', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&view=search&q=${encodeURIComponent('复议\u0000<script>')}`);
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ timeout: engineTimeout });
    expect(await notice.textContent()).toContain('q=');
    await page.locator('[data-testid="search-input"]').waitFor();
    expect(await page.locator('[data-testid="search-input"]').inputValue()).toBe('');
    await page.locator('[data-testid="search-input"]').fill('调解');
    await waitForResults(page, '调解');
    expect(await results(page).count()).toBeGreaterThan(0);
  });
});
