import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCompareOption } from '../../src/charts/build-compare-option';
import { buildFamilyOption } from '../../src/charts/build-family-option';
import { buildTrendOption } from '../../src/charts/build-trend-option';
import { prebakedCatalogFor } from '../helpers/catalog';
import { cellsOf, openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';

let db: AppDatabase;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
});
afterAll(() => db.close());

const indicator = (id: string) => prebakedCatalogFor().indicators.find((i) => i.indicator_id === id)!;
type Series = { name: string; data: { value: number | null; label?: { formatter: string } }[] };

describe('compare chart', () => {
  it('draws a bar per jurisdiction and year, and never a zero for a missing figure', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate']);
    const { option, summary } = buildCompareOption(cells, indicator('mediation_success_rate'), { lang: 'zh', sort: 'value_desc' });
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
  });

  it('says when the values compared have different scopes or come from a department', async () => {
    const rates = buildCompareOption(await cellsOf(db, ['mediation_success_rate']), indicator('mediation_success_rate'), { lang: 'en', sort: 'name' });
    expect((rates.option.title as { subtext: string }).subtext).toContain('Note: scopes differ: Scope not stated / Whole jurisdiction');
    const lectures = buildCompareOption(await cellsOf(db, ['legal_lectures']), indicator('legal_lectures'), { lang: 'zh', sort: 'name' });
    expect((lectures.option.title as { subtext: string }).subtext).toContain('含部门报告，非全市数据: 岳阳市国动办');
  });

  it('marks qualifiers and derived values on the bar labels', async () => {
    const audience = buildCompareOption(await cellsOf(db, ['legal_publicity_audience']), indicator('legal_publicity_audience'), { lang: 'zh', sort: 'value_desc' });
    const labels = (audience.option.series as Series[]).flatMap((s) => s.data.map((d) => d.label?.formatter)).filter(Boolean);
    expect(labels).toContain('≥300万人');
    const derived = buildCompareOption(await cellsOf(db, ['power_list_reduction_percent']), indicator('power_list_reduction_percent'), { lang: 'en', sort: 'value_desc' });
    const derivedLabels = (derived.option.series as Series[]).flatMap((s) => s.data.map((d) => d.label?.formatter)).filter(Boolean);
    expect(derivedLabels).toEqual(['6.15% (derived)', '5.85% (derived)']);
  });

  it('sorts by value or by name', async () => {
    const cells = await cellsOf(db, ['mediation_cases']);
    const order = (sort: 'value_desc' | 'value_asc' | 'name') =>
      (buildCompareOption(cells, indicator('mediation_cases'), { lang: 'en', sort }).option.yAxis as { data: string[] }).data.map((l) => l.split('\n')[0]);
    expect(order('value_desc').slice(0, 2)).toEqual(['Harbin', 'Xilingol League']);
    expect(order('value_asc').slice(0, 2)).toEqual(['Xilingol League', 'Harbin']);
    expect(order('name')[0]).toBe('Harbin');
  });
});

describe('trend chart', () => {
  it('leaves a gap, not a zero, for a year without a value', async () => {
    const { option } = buildTrendOption(await cellsOf(db, ['mediation_cases']), indicator('mediation_cases'), { lang: 'zh', sort: 'value_desc' });
    const harbin = (option.series as (Series & { connectNulls: boolean })[]).find((s) => s.name === '哈尔滨市')!;
    expect(harbin.connectNulls).toBe(false);
    expect(harbin.data.map((d) => d.value)).toEqual([null, 29764]);
  });
});

describe('family chart', () => {
  it('gives each indicator of the category its own axis and lists those without data', async () => {
    const family = prebakedCatalogFor().indicators.filter((i) => i.category === 'government_functions');
    const cells = await cellsOf(db, family.map((i) => i.indicator_id), { years: [2022] });
    const { option, summary } = buildFamilyOption(cells, family, '政府职能与权责清单', { lang: 'zh', sort: 'name' });
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
