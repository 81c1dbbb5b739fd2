import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildScatterOption } from '../../src/charts/build-scatter-option';
import { buildSlopeOption } from '../../src/charts/build-slope-option';
import { pairCells, slopeLines } from '../../src/charts/scatter-pairs';
import type { Report } from '../../src/domain/catalog';
import { catalog } from '../../src/features/catalog/catalog';
import { sha256Hex } from '../../src/lib/sha256';
import { extractLocalReport } from '../../src/intake/local-extraction';
import { deleteLocalReportQueries, insertLocalReportQueries } from '../../src/sql/local-reports';
import type { Query } from '../../src/sql/query';
import { allFilters } from '../../src/sql/query';
import { pairingQuery, pairingRowSchema } from '../../src/sql/scatter-query';
import { cellsOf, openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';
import { sources } from '../helpers/sources';

let db: AppDatabase;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
});
afterAll(() => db.close());

const indicator = (id: string) => catalog.indicators.find((i) => i.indicator_id === id)!;
const pairings = (x: string, filters = allFilters) => db.query(pairingQuery(x, filters), (rows) => pairingRowSchema.array().parse(rows));

describe('the two-indicator view’s queries, on the published tables', () => {
  it('picks as default y the indicator sharing the most place-years with x', async () => {
    const rows = await pairings('government_information_published');
    expect(rows[0]).toEqual({ indicator_id: 'supervision_items_claimed', shared: 3 });
    expect(rows.every((r, i) => i === 0 || rows[i - 1].shared >= r.shared)).toBe(true);
    expect(rows.some((r) => r.indicator_id === 'government_information_published')).toBe(false);
    expect(await pairings("government_information_published' OR 1=1 --")).toEqual([]);
  });

  it('draws a point only where both are reported, lists the rest as not reported and marks scopes that differ', async () => {
    const x = 'government_information_published';
    const y = 'supervision_items_claimed';
    const pairs = pairCells(await cellsOf(db, [x, y]), x, y);
    expect(pairs.points.map((p) => [p.x.jurisdiction_id, p.x.year, p.x.value, p.y.value, p.x.scope, p.y.scope, p.sameScope])).toEqual([
      ['xilingol', 2020, 6297, 9818, 'not_stated', 'jurisdiction_wide', false],
      ['harbin', 2022, 18000, 1005, 'not_stated', 'government_own_level', false],
      ['hegang-xingan', 2022, 200, 417, 'not_stated', 'not_stated', true],
    ]);
    // Lianyungang 2020 and the department's report give neither: not reported, not drawn, never 0.
    expect(pairs.notReported.map(({ x: c }) => `${c.jurisdiction_id} ${c.year}`).sort()).toEqual(['lianyungang 2020', 'yueyang 2022']);
    const spec = buildScatterOption({ points: pairs.points, x: indicator(x), y: indicator(y), lang: 'en', title: 't', notes: [], seriesNames: ['same', 'differ'], fit: true });
    const series = (spec.option.series as { type: string; data: unknown[] }[]);
    expect(series.filter((s) => s.type === 'scatter').flatMap((s) => s.data)).toHaveLength(3);
    expect(series.some((s) => s.type === 'line')).toBe(true);
    // The tooltip gives both values' provenance: report, qualifier mark, scope, method and the quote's excerpt.
    const tip = (spec.option.tooltip as { formatter(p: { data: unknown }): string }).formatter({ data: series[0].data[0] });
    const hollow = series[1].data[0] as { cell: { report_id: string }; yCell: { scope: string } };
    expect(series[0].data).toHaveLength(1);
    expect(tip).toContain('(xingan-2022)');
    expect(tip).toContain('≥200');
    expect(tip.match(/Scope not stated/g)).toHaveLength(2);
    expect(tip.match(/reported/g)!.length).toBeGreaterThanOrEqual(2);
    expect(tip).toContain('417');
    expect([hollow.cell.report_id, hollow.yCell.scope]).toEqual(['xilingol-2020', 'jurisdiction_wide']);
    // The summary carries each value's provenance: the report and the quote.
    expect(spec.summary).toContain('harbin-2022');
    expect(spec.summary).toContain(pairs.points[1].x.quote!);
  });

  it('has no place with two years of an indicator in the five reports', async () => {
    const cells = await cellsOf(db, ['legal_publicity_events']);
    expect(slopeLines(cells, 'legal_publicity_events', 2020, 2022)).toEqual([]);
  });
});

// Written for this test, and labelled so in its own title: a second year of Harbin to draw a change with the real extractor and engine.
const testText = '哈尔滨市2023年法治政府建设情况报告（测试用文本，并非真实报告）\n一、普法工作\n全年组织开展法治宣传活动2100场次。\n';

describe('a second year of a place, kept as a local report', () => {
  it('draws one slope line from the published 2022 figure to the kept 2023 one', async () => {
    const harbin = sources.jurisdictions.find((j) => j.jurisdiction_id === 'harbin')!;
    const report: Report = {
      report_id: 'harbin-2023-test', jurisdiction_id: 'harbin', year: 2023, title_zh: '哈尔滨市2023年法治政府建设情况报告（测试用文本）', reporting_body_zh: '哈尔滨市人民政府',
      reporting_body_en: "Harbin Municipal People's Government", body_level: 'government', published_date: null, script: 'simplified', source_file: 'harbin-2023-test.txt',
    };
    const { observations } = extractLocalReport({ report, jurisdiction: harbin, text: testText, curation: [] }, sources);
    expect(observations.map((o) => [o.indicator_id, o.value])).toContainEqual(['legal_publicity_events', 2100]);
    const run = async (queries: Query[]) => {
      for (const query of queries) await db.query(query, (rows) => rows);
    };
    await run(insertLocalReportQueries({ report, jurisdiction: harbin, textLength: testText.length, textSha256: await sha256Hex(testText), observations }, true));
    try {
      const cells = await cellsOf(db, ['legal_publicity_events'], { jurisdictions: ['harbin', 'hegang-xingan'] });
      const lines = slopeLines(cells, 'legal_publicity_events', 2022, 2023);
      expect(lines.map((l) => [l.from.jurisdiction_id, l.from.value, l.from.qualifier, l.to.value, l.to.is_local])).toEqual([['harbin', 1800, 'at_least', 2100, true]]);
      const spec = buildSlopeOption({ lines, indicator: indicator('legal_publicity_events'), years: [2022, 2023], lang: 'zh', title: 't', notes: [] });
      const series = spec.option.series as { data: { value: number; cell: { observation_id: string } }[] }[];
      expect(series.map((s) => s.data.map((d) => d.value))).toEqual([[1800, 2100]]);
      expect(series[0].data[0].cell.observation_id).toBe('harbin-2022/legal_publicity_events/not_stated');
      expect(spec.summary).toContain('≥1,800');
      expect(spec.source).toContain('本地添加，未发布');
    } finally {
      await run(deleteLocalReportQueries('harbin-2023-test'));
    }
  });
});
