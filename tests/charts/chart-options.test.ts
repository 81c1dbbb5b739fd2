import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { barsPerPage, buildCompareOption, highlighted } from '../../src/charts/build-compare-option';
import { buildFamilyOption } from '../../src/charts/build-family-option';
import { buildTrendOption, trendLineCap } from '../../src/charts/build-trend-option';
import type { ChartContext, SortOrder } from '../../src/charts/chart-common';
import type { Lang } from '../../src/lib/format';
import type { CellRow } from '../../src/sql/cells-query';
import { prebakedCatalogFor } from '../helpers/catalog';
import { cellsOf, openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';

let db: AppDatabase;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
});
afterAll(() => db.close());

const indicator = (id: string) => prebakedCatalogFor().indicators.find((i) => i.indicator_id === id)!;
type Series = { name: string; data: { value: number | null; label?: { formatter: string } }[] };
const ctx = (lang: Lang, sort: SortOrder, more: Partial<ChartContext> = {}): ChartContext => ({ lang, sort, top: null, named: [], page: 0, ...more });

const years = [2020, 2021, 2022];
const placeId = (i: number) => `p${String(i).padStart(3, '0')}`;

/**
 * Cells of many made-up places, as cellsQuery returns them: every place × year, distinct values
 * (37 is prime to the counts used), each tenth place from the fourth on not reporting the indicator,
 * each seventh without a report in 2020.
 */
function manyPlaces(count: number): CellRow[] {
  return Array.from({ length: count }, (_, i) => i).flatMap((i) =>
    years.map((year, y): CellRow => {
      const status = i % 10 === 3 ? 'not_reported' : i % 7 === 0 && y === 0 ? 'no_report' : 'value';
      const value = status === 'value' ? ((i * 37) % count) * 10 + y : null;
      return {
        indicator_id: 'mediation_cases', jurisdiction_id: placeId(i), name_zh: `地区${placeId(i)}`, name_en: `Place ${placeId(i)}`, year, status,
        observation_id: value === null ? null : `${placeId(i)}-${year}/mediation_cases/jurisdiction_wide`, report_id: value === null ? null : `${placeId(i)}-${year}`,
        value, value_text: value === null ? null : String(value), unit: value === null ? null : 'count', qualifier: value === null ? null : 'exact',
        scope: value === null ? null : 'jurisdiction_wide', method: value === null ? null : 'reported', quote: null, flag: null, flag_note: null, derived_from: null,
        body_level: value === null ? null : 'government', reporting_body_zh: value === null ? null : `地区${placeId(i)}人民政府`,
        reporting_body_en: value === null ? null : `Place ${placeId(i)} Government`, other_values: 0, is_local: false,
      };
    }),
  );
}

/** Places with a value, best first by their highest value, as value_desc orders them. */
function rankedByValue(cells: CellRow[]): string[] {
  const best = new Map<string, number>();
  for (const c of cells) if (c.value !== null) best.set(c.jurisdiction_id, Math.max(c.value, best.get(c.jurisdiction_id) ?? -Infinity));
  return [...best.keys()].sort((a, b) => best.get(b)! - best.get(a)!);
}

const placeOfLabel = (label: string) => label.split('\n')[0].replace(/^地区/, '');
const axisPlaces = (option: Record<string, unknown>) => (option.yAxis as { data: string[] }).data.map(placeOfLabel);
const subtext = (option: Record<string, unknown>) => (option.title as { subtext: string }).subtext;

describe('compare chart', () => {
  it('draws a bar per jurisdiction and year, and never a zero for a missing figure', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate']);
    const { option, summary } = buildCompareOption(cells, indicator('mediation_success_rate'), ctx('zh', 'value_desc'));
    const series = option.series as Series[];
    expect(series.map((s) => s.name)).toEqual(['2020', '2022']);
    const values = series.flatMap((s) => s.data.map((d) => d.value));
    expect(values.filter((v) => v !== null).sort()).toEqual([98.2, 99.13]);
    expect(values).not.toContain(0);
    const labels = (option.yAxis as { data: string[] }).data;
    expect(labels[0]).toMatch(/^锡林郭勒盟/);
    expect(labels[1]).toMatch(/^哈尔滨市/);
    expect(labels.find((l) => l.startsWith('兴安区'))).toContain('2022 报告未提及');
    expect(labels.find((l) => l.startsWith('兴安区'))).toContain('2020 无该年报告');
    expect(summary).toContain('锡林郭勒盟 2020年: 99.13%');
    expect(buildCompareOption(cells, indicator('mediation_success_rate'), ctx('zh', 'value_desc', { page: 3 })).paging).toMatchObject({ page: 0, pages: 1 });
  });

  it('says when the values compared have different scopes or come from a department', async () => {
    const rates = buildCompareOption(await cellsOf(db, ['mediation_success_rate']), indicator('mediation_success_rate'), ctx('en', 'name'));
    expect((rates.option.title as { subtext: string }).subtext).toContain('Note: scopes differ: Scope not stated / Whole jurisdiction');
    const lectures = buildCompareOption(await cellsOf(db, ['legal_lectures']), indicator('legal_lectures'), ctx('zh', 'name'));
    expect((lectures.option.title as { subtext: string }).subtext).toContain('含部门报告，非全市数据: 岳阳市国动办');
  });

  it('highlights the bar of the observation whose source is open, and no other', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate']);
    const source = cells.find((c) => c.jurisdiction_id === 'harbin' && c.status === 'value')!.observation_id;
    const items = (highlight: string | null) =>
      (buildCompareOption(cells, indicator('mediation_success_rate'), ctx('zh', 'value_desc', { highlight })).option.series as { data: { cell?: CellRow; itemStyle?: { color?: string } }[] }[])
        .flatMap((series) => series.data)
        .filter((item) => item.itemStyle?.color === highlighted.color);
    expect(items(source).map((item) => item.cell!.observation_id)).toEqual([source]);
    expect(items(null)).toEqual([]);
  });

  it('marks qualifiers and derived values on the bar labels', async () => {
    const audience = buildCompareOption(await cellsOf(db, ['legal_publicity_audience']), indicator('legal_publicity_audience'), ctx('zh', 'value_desc'));
    const labels = (audience.option.series as Series[]).flatMap((s) => s.data.map((d) => d.label?.formatter)).filter(Boolean);
    expect(labels).toContain('≥300万人');
    const derived = buildCompareOption(await cellsOf(db, ['power_list_reduction_percent']), indicator('power_list_reduction_percent'), ctx('en', 'value_desc'));
    const derivedLabels = (derived.option.series as Series[]).flatMap((s) => s.data.map((d) => d.label?.formatter)).filter(Boolean);
    expect(derivedLabels).toEqual(['6.15% (derived)', '5.85% (derived)']);
  });

  it('sorts by value or by name', async () => {
    const cells = await cellsOf(db, ['mediation_cases']);
    const order = (sort: 'value_desc' | 'value_asc' | 'name') =>
      (buildCompareOption(cells, indicator('mediation_cases'), ctx('en', sort)).option.yAxis as { data: string[] }).data.map((l) => l.split('\n')[0]);
    expect(order('value_desc').slice(0, 2)).toEqual(['Harbin', 'Xilingol League']);
    expect(order('value_asc').slice(0, 2)).toEqual(['Xilingol League', 'Harbin']);
    expect(order('name')[0]).toBe('Harbin');
  });
});

describe('trend chart', () => {
  it('leaves a gap, not a zero, for a year without a value', async () => {
    const { option } = buildTrendOption(await cellsOf(db, ['mediation_cases']), indicator('mediation_cases'), ctx('zh', 'value_desc'));
    const harbin = (option.series as (Series & { connectNulls: boolean })[]).find((s) => s.name === '哈尔滨市')!;
    expect(harbin.connectNulls).toBe(false);
    expect(harbin.data.map((d) => d.value)).toEqual([null, 29764]);
  });
});

describe('family chart', () => {
  it('gives each indicator of the category its own axis and lists those without data', async () => {
    const family = prebakedCatalogFor().indicators.filter((i) => i.category === 'government_functions');
    const cells = await cellsOf(db, family.map((i) => i.indicator_id), { years: [2022] });
    const { option, summary } = buildFamilyOption(cells, family, '政府职能与权责清单', ctx('zh', 'name'));
    const withData = new Set(cells.filter((c) => c.status === 'value').map((c) => c.indicator_id));
    expect(withData.has('power_list_items_before')).toBe(true);
    const xAxes = option.xAxis as { gridIndex: number }[];
    expect(xAxes.map((a) => a.gridIndex)).toEqual([...withData].map((_, i) => i));
    expect(summary).toContain('权责清单事项数（调整前）: 兴安区 2022 820');
    const withoutData = family.filter((i) => !withData.has(i.indicator_id)).map((i) => i.name_zh);
    expect(withoutData).toContain('权责清单取消下放事项数');
    expect(summary).toContain(`无数据的指标: ${withoutData.join('、')}`);
  });
});

describe('many places', () => {
  const many = manyPlaces(60);
  const mediation = () => indicator('mediation_cases');

  it('keeps only the top and bottom N among the places that report, and says how many did not', () => {
    const { option, summary } = buildCompareOption(many, mediation(), ctx('zh', 'value_desc', { top: 5 }));
    const ranked = rankedByValue(many);
    expect(ranked).toHaveLength(54);
    expect(axisPlaces(option)).toEqual([...ranked.slice(0, 5), ...ranked.slice(-5)]);
    expect(subtext(option)).toContain('前 5 与后 5，共 54 个报告该指标的地区；另 6 个未报告');
    expect(summary).toContain('另 6 个未报告');
    const values = (option.series as Series[]).flatMap((s) => s.data.map((d) => d.value));
    expect(values).not.toContain(0);
    const en = buildCompareOption(many, mediation(), ctx('en', 'value_asc', { top: 5 }));
    expect(axisPlaces(en.option).map((l) => l.replace(/^Place /, ''))).toEqual([...ranked.slice(-5).reverse(), ...ranked.slice(0, 5).reverse()]);
    expect(subtext(en.option)).toContain('Top 5 and bottom 5 of 54 places that report it; 6 more did not');
  });

  it('keeps every reporting place when 2N reach them, and still counts those left out', () => {
    const { option, paging } = buildCompareOption(many, mediation(), ctx('zh', 'value_desc', { top: 27, page: 2 }));
    expect(paging).toEqual({ page: 2, pages: 3, label: '51–54 / 共 54' });
    expect(axisPlaces(option)).toEqual(rankedByValue(many).slice(50));
    expect(subtext(option)).toContain('全部 54 个报告该指标的地区；另 6 个未报告');
  });

  it('pages the bars, with a height that follows the page and words that cover every page', () => {
    const second = buildCompareOption(many, mediation(), ctx('zh', 'value_desc', { page: 1 }));
    expect(second.paging).toEqual({ page: 1, pages: 3, label: '26–50 / 共 60' });
    const ranked = rankedByValue(many);
    expect(axisPlaces(second.option)).toEqual(ranked.slice(barsPerPage, 2 * barsPerPage));
    expect((second.option.series as Series[]).every((s) => s.data.length === barsPerPage)).toBe(true);
    const fullPage = (count: number) => buildCompareOption(manyPlaces(count), mediation(), ctx('zh', 'value_desc')).height;
    expect(fullPage(200)).toBe(fullPage(60));
    // A paged chart says, above its bars and in its exports, which places this page shows.
    expect(fullPage(60)).toBe(fullPage(barsPerPage) + 16);
    expect((second.option.title as { subtext: string }).subtext.split('\n')[0]).toBe('本页：26–50 / 共 60');
    expect(second.summary).toContain(`地区${ranked[0]} 2022年`);
    expect(second.summary).toContain(`地区${placeId(3)} 2020年: 报告未提及`);
    expect(second.source).toContain(`地区${ranked.at(-1)}人民政府`);
    // Three years of 25 places keep their values beside the bars; a fourth year would hide them under one another.
    const labelled = (cells: CellRow[]) => (buildCompareOption(cells, mediation(), ctx('zh', 'value_desc')).option.series as { label: { show: boolean } }[])[0].label.show;
    expect(labelled(many)).toBe(true);
    expect(labelled([...many, ...many.map((c) => ({ ...c, year: 2019 }))])).toBe(false);
    const last = buildCompareOption(many, mediation(), ctx('en', 'value_desc', { page: 99 }));
    expect(last.paging).toEqual({ page: 2, pages: 3, label: '51–60 of 60' });
    expect(last.height).toBeLessThan(second.height);
  });

  it('draws the named places and the best-ranked up to the cap as lines, the rest as the band of all places', () => {
    const named = [placeId(3), placeId(11)];
    const { option } = buildTrendOption(many, mediation(), ctx('zh', 'value_desc', { named }));
    type Line = { name: string; stack?: string; silent?: boolean; data: ({ value: number | null } | number | null)[] };
    const series = option.series as Line[];
    const lines = series.filter((s) => !s.stack);
    expect(lines).toHaveLength(trendLineCap);
    expect(lines.map((l) => placeOfLabel(l.name))).toEqual(expect.arrayContaining(named));
    const ranked = rankedByValue(many);
    expect(lines.map((l) => placeOfLabel(l.name)).filter((id) => !named.includes(id))).toEqual(ranked.slice(0, trendLineCap - 2));
    const [low, spread] = series.filter((s) => s.stack === 'range') as { name: string; silent: boolean; data: (number | null)[] }[];
    expect(low.name).toBe('全部 60 个地区的范围');
    expect(spread.name).toBe(low.name);
    expect(low.silent && spread.silent).toBe(true);
    for (const [i, year] of years.entries()) {
      const values = many.filter((c) => c.year === year && c.value !== null).map((c) => c.value!);
      expect(low.data[i]).toBe(Math.min(...values));
      expect(low.data[i]! + spread.data[i]!).toBe(Math.max(...values));
    }
    expect(subtext(option)).toContain('折线画出 8 个地区，阴影为全部 60 个地区的范围');
  });

  it('draws every named place, leaves a year without values out of the band, and changes nothing up to the cap', () => {
    const named = Array.from({ length: 10 }, (_, i) => placeId(i * 5));
    const silent2022 = many.map((c) => (c.year === 2022 ? { ...c, status: 'not_reported' as const, value: null } : c));
    const { option } = buildTrendOption(silent2022, mediation(), ctx('en', 'value_desc', { named: [...named, 'g:level-county'] }));
    const series = option.series as { name: string; stack?: string; data: (number | null)[] }[];
    expect(series.filter((s) => !s.stack).map((l) => l.name.replace(/^Place /, '')).sort()).toEqual(named);
    expect(series.filter((s) => s.stack === 'range').map((s) => s.data[2])).toEqual([null, null]);
    expect(subtext(option)).toContain('10 places drawn as lines; the band spans all 60 places');
    const few = buildTrendOption(manyPlaces(trendLineCap), mediation(), ctx('en', 'value_desc'));
    expect((few.option.series as { stack?: string }[]).every((s) => !s.stack)).toBe(true);
    expect((few.option.series as unknown[]).length).toBe(trendLineCap);
    expect(subtext(few.option)).toBe('');
  });

  it('ranks the trend’s places with the same top and bottom N', () => {
    const { option } = buildTrendOption(many, mediation(), ctx('zh', 'value_desc', { top: 2 }));
    const ranked = rankedByValue(many);
    expect((option.series as { name: string }[]).map((s) => placeOfLabel(s.name))).toEqual([...ranked.slice(0, 2), ...ranked.slice(-2)]);
    expect(subtext(option)).toBe('前 2 与后 2，共 54 个报告该指标的地区；另 6 个未报告');
  });
});
