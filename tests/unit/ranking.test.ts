import { describe, expect, it } from 'vitest';
import { intervalOf, rankLabel, rankPlaces } from '../../src/charts/ranking';
import type { CellRow } from '../../src/sql/cells-query';

/** A cell as rankQuery gives it; only what the ranker reads varies. */
const cell = (place: string, value: number | null, extra: Partial<CellRow> = {}): CellRow => ({
  indicator_id: 'legal_publicity_events', jurisdiction_id: place, name_zh: place, name_en: place, year: 2022,
  status: value === null ? 'not_reported' : 'value', observation_id: value === null ? null : `${place}-2022/legal_publicity_events/not_stated`,
  report_id: `${place}-2022`, value, value_text: value === null ? null : String(value), unit: 'count', qualifier: value === null ? null : 'exact',
  scope: value === null ? null : 'not_stated', method: value === null ? null : 'reported', quote: null, flag: null, flag_note: null, derived_from: null,
  body_level: value === null ? null : 'government', reporting_body_zh: null, reporting_body_en: null, other_values: 0, is_local: false, ...extra,
});

const labels = (cells: CellRow[], options = { descending: true, mix: false }) =>
  rankPlaces(cells, options).map((year) => ({ year: year.year, n: year.reported, N: year.places, groups: year.groups.map((g) => [g.key, g.entries.map((e) => `${rankLabel(e)} ${e.cell.jurisdiction_id}`)]) }));

describe('ranking places fairly', () => {
  it('gives tied values the same rank and skips the next (standard competition ranking)', () => {
    const [year] = labels([cell('a', 10), cell('b', 30), cell('c', 30), cell('d', 5)]);
    expect(year.groups).toEqual([['not_stated|government', ['=1 b', '=1 c', '3 a', '4 d']]]);
  });

  it('ranks the lowest first when the sort asks for it', () => {
    const [year] = labels([cell('a', 10), cell('b', 30), cell('d', 5)], { descending: false, mix: false });
    expect(year.groups[0][1]).toEqual(['1 d', '2 a', '3 b']);
  });

  it('ranks only the places that report the value, and counts n of N', () => {
    const [year] = rankPlaces([cell('a', 10), cell('b', null), cell('c', 4)], { descending: true, mix: false });
    expect([year.reported, year.places]).toEqual([2, 3]);
    expect(year.notReported.map((c) => c.jurisdiction_id)).toEqual(['b']);
    expect(year.groups.flatMap((g) => g.entries.map((e) => e.cell.jurisdiction_id))).toEqual(['a', 'c']);
  });

  it('lets an "at least" value rank as high as it could, and an "at most" value as low', () => {
    const [year] = labels([cell('a', 100), cell('b', 50), cell('c', 40, { qualifier: 'at_least' }), cell('d', 60, { qualifier: 'at_most' }), cell('e', 10)]);
    // c (≥40) could be above a, d and b: 1–4; d (≤60) could fall below every other: 2–5; a could be passed by c: 1–2;
    // e (10), last as written, could still pass d: 4–5.
    expect(year.groups[0][1]).toEqual(['1–2 a', '2–5 d', '2–4 b', '1–4 c', '4–5 e']);
  });

  it('cannot tell approximate values within 5% apart', () => {
    expect(intervalOf({ value: 200, qualifier: 'approx' })).toEqual({ low: 190, high: 210 });
    const [year] = labels([cell('a', 200, { qualifier: 'approx' }), cell('b', 195), cell('c', 100)]);
    expect(year.groups[0][1]).toEqual(['1–2 a', '1–2 b', '3 c']);
  });

  it('keeps a department’s report and other scopes in their own groups unless mixed on purpose', () => {
    const cells = [cell('harbin', 1800), cell('xingan', 90), cell('yueyang', 15, { scope: 'department_only', body_level: 'department' }), cell('wide', 400, { scope: 'jurisdiction_wide' })];
    expect(labels(cells)[0].groups).toEqual([
      ['not_stated|government', ['1 harbin', '2 xingan']],
      ['department_only|department', ['1 yueyang']],
      ['jurisdiction_wide|government', ['1 wide']],
    ]);
    const mixed = rankPlaces(cells, { descending: true, mix: true })[0].groups;
    expect(mixed.map((g) => [g.key, g.scopes, g.bodyLevels, g.entries.map((e) => `${rankLabel(e)} ${e.cell.jurisdiction_id}`)])).toEqual([
      ['mixed', ['department_only', 'jurisdiction_wide', 'not_stated'], ['department', 'government'], ['1 harbin', '2 wide', '3 xingan', '4 yueyang']],
    ]);
  });

  it('ranks each year apart, latest first', () => {
    const years = labels([cell('a', 1, { year: 2020 }), cell('b', 2), cell('c', 3)]);
    expect(years.map((y) => [y.year, y.n, y.N])).toEqual([[2022, 2, 2], [2020, 1, 1]]);
  });
});
