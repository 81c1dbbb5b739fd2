import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRankOption } from '../../src/charts/build-rank-option';
import { rankLabel, rankPlaces } from '../../src/charts/ranking';
import { catalog } from '../../src/features/catalog/catalog';
import { cellRowSchema } from '../../src/sql/cells-query';
import { allFilters, type Filters } from '../../src/sql/query';
import { rankQuery } from '../../src/sql/rank-query';
import { openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';

let db: AppDatabase;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
});
afterAll(() => db.close());

const rankCells = (indicatorId: string, filters: Partial<Filters> = {}) =>
  db.query(rankQuery(indicatorId, { ...allFilters, ...filters }), (rows) => cellRowSchema.array().parse(rows));

const ranked = async (indicatorId: string, options = { descending: true, mix: false }, filters: Partial<Filters> = {}) =>
  rankPlaces(await rankCells(indicatorId, filters), options).map((year) => ({
    year: year.year, reported: year.reported, places: year.places, notReported: year.notReported.map((c) => c.jurisdiction_id),
    groups: year.groups.map((g) => [g.key, g.entries.map((e) => `${rankLabel(e)} ${e.cell.jurisdiction_id} ${e.cell.value}`)]),
  }));

describe('the ranking’s query, on the published tables', () => {
  it('ranks the legal-publicity events of 2022 with the department’s report in its own group', async () => {
    const [y2022, y2020] = await ranked('legal_publicity_events');
    expect(y2022).toEqual({
      year: 2022, reported: 3, places: 3, notReported: [],
      groups: [
        ['not_stated|government', ['1 harbin 1800', '2 hegang-xingan 90']],
        ['department_only|department', ['1 yueyang 15']],
      ],
    });
    // 2020's two reports do not give it: listed as not reported, never ranked as 0.
    expect(y2020).toEqual({ year: 2020, reported: 0, places: 2, notReported: ['lianyungang', 'xilingol'], groups: [] });
  });

  it('ranks them together when mixed on purpose', async () => {
    const [y2022] = await ranked('legal_publicity_events', { descending: true, mix: true });
    expect(y2022.groups).toEqual([['mixed', ['1 harbin 1800', '2 hegang-xingan 90', '3 yueyang 15']]]);
  });

  it('gives "at least 10" emergency plans a rank range against an exact 3,675', async () => {
    const [y2022] = await ranked('emergency_plans', { descending: true, mix: false }, { years: [2022] });
    expect(y2022.groups).toEqual([['not_stated|government', ['1–2 harbin 3675', '1–2 hegang-xingan 10']]]);
    expect([y2022.reported, y2022.places, y2022.notReported]).toEqual([2, 3, ['yueyang']]);
  });

  it('keeps one value per place, year and scope: the reported rate before the derived one, two scopes apart', async () => {
    const rates = (await rankCells('mediation_success_rate')).filter((c) => c.status === 'value');
    expect(rates.map((c) => [c.jurisdiction_id, c.value, c.method, c.other_values])).toEqual([
      ['harbin', 98.2, 'reported', 1],
      ['xilingol', 99.13, 'reported', 1],
    ]);
    const derived = (await rankCells('mediation_success_rate', { method: 'derived' })).filter((c) => c.status === 'value');
    expect(derived.map((c) => [c.jurisdiction_id, c.value, c.method])).toEqual([['harbin', 98.2193, 'derived'], ['xilingol', 99.1312, 'derived']]);
    const [, y2020] = await ranked('reconsideration_received');
    expect(y2020.groups).toEqual([
      ['government_own_level|government', ['1 lianyungang 126']],
      ['jurisdiction_wide|government', ['1 lianyungang 471']],
    ]);
  });

  it('counts only the picked places with a report that year, and binds hostile ids as data', async () => {
    const [year] = await ranked('legal_publicity_events', { descending: true, mix: false }, { jurisdictions: ['harbin', 'xilingol'], years: [2022] });
    expect([year.year, year.reported, year.places]).toEqual([2022, 1, 1]);
    // The id is matched as a value: no indicator has it, so every report is "not reported".
    const hostile = await rankCells("legal_publicity_events' OR 1=1 --");
    expect(hostile.map((c) => c.status)).toEqual(Array(5).fill('not_reported'));
  });

  it('draws a bar per ranked place under its group’s heading, its tooltip naming the report and quoting it', async () => {
    const rankings = rankPlaces(await rankCells('legal_publicity_events', { years: [2022] }), { descending: true, mix: false });
    const indicator = catalog.indicators.find((i) => i.indicator_id === 'legal_publicity_events')!;
    const spec = buildRankOption({ rankings, indicator, lang: 'zh', title: 't', notes: ['n'], heading: (y, g) => `${y.year} ${g.key}` });
    const yAxis = spec.option.yAxis as { data: string[] };
    expect(yAxis.data).toEqual(['{heading|2022 not_stated|government}', '1  哈尔滨市', '2  兴安区', '{heading|2022 department_only|department}', '1  岳阳市']);
    const bars = (spec.option.series as { data: { value: number | null; cell?: { observation_id: string } }[] }[])[0].data;
    expect(bars.map((b) => b.value)).toEqual([null, 1800, 90, null, 15]);
    const tip = (spec.option.tooltip as { formatter(p: { data: unknown }): string }).formatter({ data: bars[1] });
    expect(tip).toContain('#1');
    expect(tip).toContain('哈尔滨市人民政府 2022 (harbin-2022)');
    expect(tip).toContain('≥1,800');
    expect(tip).toContain('法治宣傳活動1800余場次');
    expect(spec.source).toContain('岳阳市国动办 2022年');
  });
});
