import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appOpener, engineTimeout, exportedPngAndCsv, firstShapeOfColour, publishedObservation, summaryText, tableLines, viewTestTimeout, waitForRender, waitForSummaryMatching } from './browser-helpers';

const open = appOpener();

const rankOf = '?v=1&view=rank&ind=legal_publicity_events';

/** The ranking table as "group | rank | place | value" lines. */
const rankTable = (page: Page) => tableLines(page, 'rank-table', [1, 2, 4, 5]);

async function drawn(page: Page): Promise<void> {
  await waitForRender(page);
  await waitForSummaryMatching(page, /排名|ranking/);
}

describe('the fair ranking', () => {
  it('ranks only the places that report the figure, says n of N, and keeps the department’s report apart', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(rankOf);
    await drawn(page);
    expect(await rankTable(page)).toEqual([
      '未说明口径 · 政府报告 | 1 | 哈尔滨市 | ≥1,800',
      '未说明口径 · 政府报告 | 2 | 兴安区 | 90',
      '仅部门 · 部门报告 | 1 | 岳阳市 | 15',
    ]);
    const notes = await page.getByTestId('rank-notes').textContent();
    expect(notes).toContain('2022年：3 个有报告的地区中 3 个报告了该指标');
    expect(notes).toContain('2020年：2 个有报告的地区中 0 个报告了该指标');
    expect(notes).toContain('2020年未报告（不参与排名）：连云港市、锡林郭勒盟');
    expect(await page.getByTestId('rank-warning').count()).toBe(0);
    const summary = await summaryText(page);
    expect(summary).toContain('2022 · 仅部门 · 部门报告 · 1 个地区: 1 岳阳市 15');
    expect(summary).not.toMatch(/连云港市[^、]*: 0/);
    expect(await page.locator('[data-testid="chart"] canvas').count()).toBeGreaterThanOrEqual(1);
  });

  it('ranks the department with the governments only when asked, with a warning, and puts it in the URL', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(rankOf);
    await drawn(page);
    await page.getByTestId('rank-mix').check();
    await page.getByTestId('rank-warning').waitFor({ timeout: engineTimeout });
    expect(new URL(page.url()).searchParams.get('mix')).toBe('1');
    expect(await page.getByTestId('rank-warning').textContent()).toContain('不同口径或报告主体的数值合并排名');
    expect(await rankTable(page)).toEqual([
      '全部口径与报告主体合并 | 1 | 哈尔滨市 | ≥1,800',
      '全部口径与报告主体合并 | 2 | 兴安区 | 90',
      '全部口径与报告主体合并 | 3 | 岳阳市 | 15',
    ]);
  });

  it('shows the rank range a qualifier leaves open, and ranks low first when sorted so', { timeout: viewTestTimeout }, async () => {
    const { page } = await open('?v=1&view=rank&ind=emergency_plans&y=2022&sort=value_asc');
    await drawn(page);
    // 兴安区 reports "at least 10": it could have more plans than 哈尔滨市's 3,675, so neither rank is certain.
    expect(await rankTable(page)).toEqual(['未说明口径 · 政府报告 | 1–2 | 兴安区 | ≥10', '未说明口径 · 政府报告 | 1–2 | 哈尔滨市 | 3,675']);
    const notes = await page.getByTestId('rank-notes').textContent();
    expect(notes).toContain('数值越低排名越前');
    expect(notes).toContain('2022年未报告（不参与排名）：岳阳市');
  });

  it('survives a hostile URL with a notice and still draws', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(`${rankOf}&mix=yes&ind2=%3Cscript%3Ealert(1)%3C/script%3E&y=20x2`);
    const notice = page.getByTestId('url-notice');
    await notice.waitFor({ timeout: 10_000 });
    const listed = await notice.textContent();
    expect(listed).toContain('mix');
    expect(listed).toContain('ind2');
    await drawn(page);
    expect(await rankTable(page)).toHaveLength(3);
    expect(await page.locator('script:not([src])').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('alert(1)')))).toBe(false);
  });

  it('exports the ranking as a PNG and as a CSV of ranks with their quotes', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(rankOf);
    await drawn(page);
    const { png, csv } = await exportedPngAndCsv(page);
    expect([png.name, csv.name]).toEqual(['legal_publicity_events_rank_2020-2022.png', 'legal_publicity_events_rank_2020-2022.csv']);
    expect(png.width).toBeGreaterThan(1000);
    expect(csv.rows.map((r) => [r.rank_label, r.jurisdiction, r.value, r.qualifier, r.rank_range])).toEqual([
      ['1', '哈尔滨市', '1800', '至少（余、多、超）', '1–1'],
      ['2', '兴安区', '90', '确数', '2–2'],
      ['1', '岳阳市', '15', '确数', '1–1'],
    ]);
    for (const row of csv.rows) expect(row.quote).toBe(publishedObservation(row.observation_id).quote);
  });

  it('opens the source sentence when a bar is clicked', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(rankOf);
    await drawn(page);
    const [x, y] = await firstShapeOfColour(page, [0x2f, 0x6d, 0xb5]);
    await page.mouse.click(x, y);
    await page.getByTestId('quote-highlight').waitFor({ timeout: engineTimeout });
    expect(new URL(page.url()).searchParams.get('src')).toBe('harbin-2022/legal_publicity_events/not_stated');
    expect(await page.getByTestId('quote-highlight').textContent()).toBe(publishedObservation('harbin-2022/legal_publicity_events/not_stated').quote);
  });
});
