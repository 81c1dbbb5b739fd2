import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publishedTablesOfFile, readRows } from '../helpers/duckdb';
import { csvRecords, downloadFrom, engineTimeout, openApp, publishedObservation, sessionsClosedAfterEach, useBrowserAndServer, waitForRender, type Session } from './browser-helpers';

const testTimeout = 90_000;
const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();

const published = publishedTablesOfFile();

/** The report's mentions as published, in text order. */
const mentionsOf = (reportId: string) =>
  readRows(published(), 'SELECT mention_start, disposition, observation_id FROM mentions WHERE report_id = $id ORDER BY mention_start', { id: reportId });

async function open(path: string, viewport?: { width: number; height: number }): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, path);
  sessions.push(session);
  if (viewport) await session.page.setViewportSize(viewport);
  return session;
}

const column = (page: Page, n = 0) => page.locator('[data-testid="reader-column"]').nth(n);

async function waitForText(page: Page, n = 0) {
  await column(page, n).locator('[data-testid="reader-text"] .reader-line').first().waitFor({ timeout: engineTimeout });
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Pixels of the highlighted bar's colour (#f2b705) on the chart's canvas. */
const highlightedPixels = (page: Page) =>
  page.locator('[data-testid="chart"] canvas').first().evaluate(`(() => {
    const canvas = document.querySelector('[data-testid="chart"] canvas');
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i] - 0xf2) + Math.abs(pixels[i + 1] - 0xb7) + Math.abs(pixels[i + 2] - 0x05) < 12) count++;
    return count;
  })()`) as Promise<number>;

describe('the report reader in a browser', () => {
  it('marks every number of a real report: as many claimed marks as the report has claimed mentions', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=harbin-2022');
    await waitForText(page);
    const mentions = await mentionsOf('harbin-2022');
    const claimed = mentions.filter((m) => m.disposition === 'claimed').length;
    const text = column(page).locator('[data-testid="reader-text"]');
    expect(await text.locator('.mark-claimed').count()).toBe(claimed);
    expect(await text.locator('.mark').count()).toBe(mentions.length);
    expect(await column(page).locator('[data-testid="legend-claimed"]').getAttribute('data-count')).toBe(String(claimed));
    expect(await column(page).locator('[data-testid="legend-not_indicator"]').getAttribute('data-count')).toBe(String(mentions.length - claimed));
    // Traditional script, as written; the hover says the indicator and its value.
    expect(await text.textContent()).toContain('行政復議案件1758件');
    const title = await text.locator('.mark-claimed', { hasText: '1758' }).first().getAttribute('title');
    expect(title).toMatch(/行政复议.*1,?758/);
    expect(await column(page).locator('[data-testid="heading-link"]').count()).toBeGreaterThan(5);
  });

  it('opens a claimed number in the compare view: its indicator, its year, its source, its bar highlighted', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=xilingol-2020');
    await waitForText(page);
    const first = (await mentionsOf('xilingol-2020')).find((m) => m.disposition === 'claimed')!;
    const observationId = String(first.observation_id).split(';')[0];
    const observation = publishedObservation(observationId);
    await column(page).locator(`.mark-claimed[data-offset="${first.mention_start}"]`).click();
    await expect.poll(() => param(page, 'src')).toBe(observationId);
    // compare is the default view, which the link leaves out.
    expect(param(page, 'view') ?? 'compare').toBe('compare');
    expect(param(page, 'ind')).toBe(observation.indicator_id);
    expect(param(page, 'src')).toBe(observationId);
    expect(param(page, 'y')).toBe(observation.year);
    await page.locator('[data-testid="quote-highlight"]').waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="quote-highlight"]').textContent()).toBe(observation.quote);
    await waitForRender(page);
    await expect.poll(() => highlightedPixels(page), { timeout: engineTimeout }).toBeGreaterThan(50);
    // Closing the source takes the highlight away.
    await page.locator('[data-testid="source-panel"] header button').click();
    await expect.poll(() => highlightedPixels(page), { timeout: engineTimeout }).toBe(0);
  });

  it('keeps the scroll position in the link without a history entry per scroll, and restores it', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=lianyungang-2020');
    await waitForText(page);
    const entries = await page.evaluate('history.length');
    const text = column(page).locator('[data-testid="reader-text"]');
    for (const step of [400, 800, 1300]) {
      await text.evaluate((box, top) => box.scrollTo(0, top), step);
      await page.waitForTimeout(60);
    }
    // The place is written once the scrolling has paused.
    await page.waitForTimeout(1000);
    await expect.poll(() => param(page, 'at'), { timeout: 5000 }).not.toBeNull();
    const at = Number(param(page, 'at'));
    expect(at).toBeGreaterThan(0);
    expect(await page.evaluate('history.length')).toBe(entries);
    const scrolled = await text.evaluate((box) => box.scrollTop);

    const again = await open(new URL(page.url()).search);
    await waitForText(again.page);
    const restored = column(again.page).locator('[data-testid="reader-text"]');
    await expect.poll(() => restored.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
    expect(Math.abs((await restored.evaluate((box) => box.scrollTop)) - scrolled)).toBeLessThan(30);
    // The line at the top holds the offset.
    const top = await restored.evaluate(`(() => {
      const box = document.querySelector('[data-testid="reader-text"]');
      const y = box.getBoundingClientRect().top + 12;
      const line = [...box.querySelectorAll('.reader-line')].find((l) => l.getBoundingClientRect().bottom > y);
      return [Number(line.dataset.start), Number(line.dataset.start) + line.textContent.length];
    })()`) as [number, number];
    expect(at).toBeGreaterThanOrEqual(top[0]);
    expect(at).toBeLessThan(top[1]);
    expect(param(again.page, 'at')).toBe(String(at));
  });

  it('jumps to a heading', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=harbin-2022');
    await waitForText(page);
    const link = column(page).locator('[data-testid="heading-link"]').nth(3);
    const start = Number(await link.getAttribute('data-start'));
    await link.click();
    await expect.poll(() => param(page, 'at'), { timeout: 5000 }).toBe(String(start));
  });

  it('says what a hostile link asked for and still draws the first report', { timeout: testTimeout }, async () => {
    const { page } = await open(`?v=1&view=read&r=${encodeURIComponent('<script>')},nowhere-2020&at=-5`);
    const notice = page.locator('[data-testid="url-notice"]');
    await notice.waitFor({ timeout: engineTimeout });
    const listed = await notice.textContent();
    for (const value of ['r=<script>', 'r=nowhere-2020', 'at=-5']) expect(listed).toContain(value);
    await waitForText(page);
    expect(await column(page).getAttribute('data-report')).toBe('harbin-2022');
  });

  it('shows two reports side by side, stacked on a narrow screen', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=harbin-2022,xingan-2022');
    await waitForText(page, 0);
    await waitForText(page, 1);
    const [a, b] = [await column(page, 0).boundingBox(), await column(page, 1).boundingBox()];
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
    await page.setViewportSize({ width: 600, height: 900 });
    const [c, d] = [await column(page, 0).boundingBox(), await column(page, 1).boundingBox()];
    expect(d!.y).toBeGreaterThan(c!.y + c!.height - 1);
    await page.locator('[data-testid="remove-column"]').nth(1).click();
    await expect.poll(() => param(page, 'r')).toBe('harbin-2022');
  });

  it('downloads the marks as CSV: one row per number and indicator it stands for', { timeout: testTimeout }, async () => {
    const { page } = await open('?v=1&view=read&r=yueyang-civil-defence-2022');
    await waitForText(page);
    const { name, bytes } = await downloadFrom(page, '[data-testid="export-marks"]');
    expect(name).toBe('yueyang-civil-defence-2022_marks.csv');
    const rows = csvRecords(bytes.toString('utf8'));
    const mentions = await mentionsOf('yueyang-civil-defence-2022');
    const expected = mentions.flatMap((m) => (m.observation_id === null ? [[String(m.mention_start), m.disposition, '']] : String(m.observation_id).split(';').map((id) => [String(m.mention_start), m.disposition, id])));
    expect(rows.map((r) => [r.offset, r.disposition, r.observation_id]).toSorted()).toEqual(expected.toSorted());
    expect(rows.filter((r) => r.disposition === 'not_indicator').every((r) => r.reason !== '')).toBe(true);
    expect(rows.filter((r) => r.disposition === 'claimed').every((r) => r.indicator !== '' && r.value !== '')).toBe(true);
  });
});
