import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellShardsOf, everyFilter, firstViewPath, prebake } from '../../scripts/prebake-first-view';
import { catalog } from '../../src/features/catalog/catalog';
import { pickPrebakedCells, prebakedCellsDir, prebakedShardSchema, type PrebakedShard } from '../../src/sql/cells-query';
import { defaultViewState, methodFilters, scopeFilters } from '../../src/state/view-state';
import { coverageQuery, coverageRowSchema } from '../../src/sql/coverage-query';
import { sourceQuery, sourceRowSchema } from '../../src/sql/source-query';
import { tableQuery, tableRowSchema } from '../../src/sql/table-query';
import { allFilters } from '../../src/sql/query';
import { cellsOf, openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';
import { projectRoot } from '../helpers/sources';

let db: AppDatabase;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
});
afterAll(() => db.close());

const firstViewJson = () => JSON.parse(readFileSync(firstViewPath(projectRoot), 'utf8')) as { cellShards: string[] };

const cell = (cells: Awaited<ReturnType<typeof cellsOf>>, jurisdiction: string, year: number) =>
  cells.find((c) => c.jurisdiction_id === jurisdiction && c.year === year)!;

describe('the browser’s queries, run in Node on the published tables', () => {
  it('compares the mediation success rate: reported values first, missing cells told apart', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate']);
    expect(cells).toHaveLength(10);
    expect(cell(cells, 'xilingol', 2020)).toMatchObject({ status: 'value', value: 99.13, method: 'reported', other_values: 1 });
    expect(cell(cells, 'harbin', 2022)).toMatchObject({ status: 'value', value: 98.2, method: 'reported', scope: 'jurisdiction_wide' });
    expect(cell(cells, 'hegang-xingan', 2022)).toMatchObject({ status: 'not_reported', value: null });
    expect(cell(cells, 'xilingol', 2022)).toMatchObject({ status: 'no_report', value: null });
  });

  it('gives the derived rates when asked for derived values only', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate'], { method: 'derived' });
    expect(cell(cells, 'xilingol', 2020)).toMatchObject({ value: 99.1312, method: 'derived', derived_from: 'xilingol-2020/mediation_successful/not_stated;xilingol-2020/mediation_cases/not_stated' });
    expect(cell(cells, 'harbin', 2022)).toMatchObject({ value: 98.2193, method: 'derived' });
  });

  it('keeps the city-wide and the own-level figure apart by scope', async () => {
    const wide = await cellsOf(db, ['reconsideration_received'], { jurisdictions: ['lianyungang'] });
    expect(cell(wide, 'lianyungang', 2020)).toMatchObject({ value: 471, scope: 'jurisdiction_wide', other_values: 1 });
    const own = await cellsOf(db, ['reconsideration_received'], { jurisdictions: ['lianyungang'], scope: 'government_own_level' });
    expect(cell(own, 'lianyungang', 2020)).toMatchObject({ value: 126, scope: 'government_own_level' });
  });

  it('marks a department’s figure with its body level', async () => {
    const cells = await cellsOf(db, ['legal_lectures'], { years: [2022] });
    expect(cell(cells, 'yueyang', 2022)).toMatchObject({ value: 32, body_level: 'department', scope: 'department_only', reporting_body_zh: '岳阳市国动办' });
  });

  it('binds hostile filter values as data, never as SQL', async () => {
    const cells = await cellsOf(db, ['mediation_success_rate'], { jurisdictions: ["harbin') OR 1=1 --"], scope: "all' OR '1'='1" });
    expect(cells).toEqual([]);
  });

  it('lists every value behind a view in the table, both methods', async () => {
    const rows = await db.query(tableQuery(['mediation_success_rate'], allFilters), (r) => tableRowSchema.array().parse(r));
    expect(rows.map((r) => [r.jurisdiction_id, r.method, r.value])).toEqual([
      ['xilingol', 'reported', 99.13],
      ['xilingol', 'derived', 99.1312],
      ['harbin', 'reported', 98.2],
      ['harbin', 'derived', 98.2193],
    ]);
    // A derived row carries its inputs, each with the id of its own observation; a reported row has none.
    const derived = rows.find((r) => r.jurisdiction_id === 'xilingol' && r.method === 'derived')!;
    expect(derived.inputs.map((i) => i.observation_id)).toEqual(derived.derived_from!.split(';').sort());
    expect(derived.inputs.map((i) => i.indicator_id).sort()).toEqual(['mediation_cases', 'mediation_successful']);
    expect(derived.inputs.every((i) => i.value > 0 && i.unit === 'count')).toBe(true);
    expect(rows.filter((r) => r.method === 'reported').every((r) => r.inputs.length === 0)).toBe(true);
  });

  it('counts coverage per report and indicator', async () => {
    const rows = await db.query(coverageQuery('mediation', allFilters), (r) => coverageRowSchema.array().parse(r));
    expect(rows).toContainEqual({ indicator_id: 'mediation_success_rate', report_id: 'xilingol-2020', reported: 1, derived: 1 });
    expect(rows.some((r) => r.report_id === 'yueyang-civil-defence-2022')).toBe(false);
  });

  it('finds a derived value’s inputs with their quotes', async () => {
    const rows = await db.query(sourceQuery('harbin-2022/mediation_success_rate/jurisdiction_wide/derived'), (r) => sourceRowSchema.array().parse(r));
    expect(rows.map((r) => [r.indicator_id, r.is_input, r.value])).toEqual([
      ['mediation_success_rate', false, 98.2193],
      ['mediation_cases', true, 29764],
      ['mediation_successful', true, 29234],
    ]);
    expect(rows[1].quote).toContain('29764件');
  });

  it('ships prebaked first views that the same SQL gives today (npm run extract)', async () => {
    const shards = new Map<string, PrebakedShard>();
    const firstView = await prebake(join(projectRoot, 'public/data'), defaultViewState, { withReports: true, filters: everyFilter }, (key, shard) => shards.set(key, shard));
    const committed = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
    expect(committed(firstViewPath(projectRoot))).toEqual(JSON.parse(JSON.stringify(firstView)));
    expect(committedShards().size).toBe(shards.size);
    for (const [key, shard] of shards) expect(committedShards().get(key), key).toEqual(JSON.parse(JSON.stringify(shard)));
  });
});

/** The committed prebaked cells, keyed `indicator/province` as the app asks for them. */
function committedShards(): Map<string, PrebakedShard> {
  const dir = join(projectRoot, 'public', prebakedCellsDir);
  return new Map(
    readdirSync(dir).flatMap((indicatorId) =>
      readdirSync(join(dir, indicatorId)).map((file) => [`${indicatorId}/${file.replace(/\.json$/, '')}`, prebakedShardSchema.parse(JSON.parse(readFileSync(join(dir, indicatorId, file), 'utf8')))] as const),
    ),
  );
}

describe('a linked view drawn before the engine is up', () => {
  const prebaked = committedShards();
  const places = catalog.places;

  it('gets, for any indicators and filters, exactly the cells the engine gives', async () => {
    const indicators = catalog.indicators.map((i) => i.indicator_id);
    const jurisdictions = places.map((p) => p.jurisdiction_id);
    expect(jurisdictions).toHaveLength(5);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(indicators, { minLength: 1, maxLength: 4 }),
        fc.subarray(jurisdictions),
        fc.subarray([2019, 2020, 2021, 2022]),
        fc.constantFrom(...methodFilters),
        fc.constantFrom(...scopeFilters),
        async (indicatorIds, picked, years, method, scope) => {
          const filters = { jurisdictions: picked, years, method, scope };
          expect(pickPrebakedCells(prebaked, places, indicatorIds, filters)).toEqual(await cellsOf(db, indicatorIds, filters));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('bundles which provinces each indicator has values in, so that no other file is fetched', () => {
    const ids = catalog.indicators.map((i) => i.indicator_id);
    expect(cellShardsOf(prebaked.keys(), ids)).toEqual(firstViewJson().cellShards);
    // 锡林郭勒盟 (15) and 哈尔滨 (23) state the rate; 连云港 (32) and 岳阳 (43) do not.
    expect(firstViewJson().cellShards[ids.indexOf('mediation_success_rate')]).toBe('1523');
  });
});
