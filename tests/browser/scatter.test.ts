import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appOpener, engineTimeout, exportedPngAndCsv, firstShapeOfColour, publishedObservation, tableLines, viewTestTimeout, waitForRender, waitForSummaryMatching } from './browser-helpers';

const open = appOpener();

const scatterOf = '?v=1&view=scatter&ind=government_information_published';

/** The points table as "place | year | x | y" lines. */
const pointRows = (page: Page) => tableLines(page, 'scatter-table', [0, 1, 2, 4]);

async function drawn(page: Page): Promise<string> {
  await waitForRender(page);
  return waitForSummaryMatching(page, /×/);
}

describe('two indicators', () => {
  it('pairs x with the indicator sharing most place-years, draws only where both are reported, and gives each value’s source', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(scatterOf);
    const summary = await drawn(page);
    expect(await page.getByTestId('indicator2').inputValue()).toBe('supervision_items_claimed');
    expect(await pointRows(page)).toEqual([
      '锡林郭勒盟 | 2020 | 6,297 | 9,818',
      '哈尔滨市 | 2022 | 18,000 | 1,005',
      '兴安区 | 2022 | ≥200 | 417',
    ]);
    // Lianyungang and the department's report give neither: counted and named, not drawn at 0.
    expect(summary).toContain('2 个有报告的地区年份未同时报告两项，未画出（不是 0）');
    expect(summary).toContain('空心点 ≠：两项数值统计口径不同（2 个）');
    const harbinX = publishedObservation('harbin-2022/government_information_published/not_stated');
    expect(summary).toContain(harbinX.quote);
    const table = await page.getByTestId('scatter-table').textContent();
    expect(table).toContain('harbin-2022');
    expect(table).toContain(harbinX.quote);
    expect(await page.getByTestId('slope-note').textContent()).toBe('没有地区报告了 2020 与 2022 两个年份的该指标，无法画出变化');
  });

  it('takes a y picked in the view into the URL and opens either value’s source', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(scatterOf);
    await drawn(page);
    await page.getByTestId('indicator2').selectOption('emergency_plans');
    await waitForSummaryMatching(page, /应急预案|emergency/i);
    expect(new URL(page.url()).searchParams.get('ind2')).toBe('emergency_plans');
    const rows = await pointRows(page);
    expect(rows).toEqual(['哈尔滨市 | 2022 | 18,000 | 3,675', '兴安区 | 2022 | ≥200 | ≥10']);
    await page.getByTestId('point-y').first().click();
    await page.getByTestId('quote-highlight').waitFor({ timeout: engineTimeout });
    expect(new URL(page.url()).searchParams.get('src')).toBe('harbin-2022/emergency_plans/not_stated');
  });

  it('opens the x value’s source when a point is clicked', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(`${scatterOf}&ind2=emergency_plans`);
    await drawn(page);
    // Both points have the same scope: the first palette colour; the topmost is Harbin's (3,675 plans). The legend above is skipped.
    const [x, y] = await firstShapeOfColour(page, [0x2f, 0x6d, 0xb5], 60);
    await page.mouse.click(x, y + 2);
    await page.getByTestId('quote-highlight').waitFor({ timeout: engineTimeout });
    expect(new URL(page.url()).searchParams.get('src')).toBe('harbin-2022/government_information_published/not_stated');
  });

  for (const ind2 of ['bogus', '%3Cscript%3Ealert(1)%3C/script%3E']) {
    it(`survives ind2=${ind2} with a notice and still draws`, { timeout: viewTestTimeout }, async () => {
      const { page } = await open(`${scatterOf}&ind2=${ind2}`);
      const notice = page.getByTestId('url-notice');
      await notice.waitFor({ timeout: 10_000 });
      expect(await notice.textContent()).toContain('ind2');
      await drawn(page);
      expect(await pointRows(page)).toHaveLength(3);
    });
  }

  it('exports the chart as a PNG and the pairs as a CSV that leaves a missing value empty', { timeout: viewTestTimeout }, async () => {
    const { page } = await open(scatterOf);
    await drawn(page);
    const { png, csv } = await exportedPngAndCsv(page);
    expect([png.name, png.width > 1000]).toEqual(['government_information_published_x_supervision_items_claimed_2020-2022.png', true]);
    // A place-year that gives neither value has empty cells, never a 0.
    const rows = csv.rows;
    expect(rows.map((r) => [r.jurisdiction, r.year, r.x_status, r.x_value, r.y_value])).toEqual([
      ['锡林郭勒盟', '2020', 'value', '6297', '9818'],
      ['哈尔滨市', '2022', 'value', '18000', '1005'],
      ['兴安区', '2022', 'value', '200', '417'],
      ['连云港市', '2020', 'not_reported', '', ''],
      ['岳阳市', '2022', 'not_reported', '', ''],
    ]);
    expect(rows[1].y_quote).toBe(publishedObservation(rows[1].y_observation_id).quote);
  });
});
