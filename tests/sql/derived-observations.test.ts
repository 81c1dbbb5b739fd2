import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedObservationsSql } from '../../scripts/io/sql-files';
import { createTable, type Database } from '../../scripts/io/duckdb';
import { reportedObservationsTable, type Row } from '../../src/domain/tables';
import { openPublishedTables, readRows } from '../helpers/duckdb';

let db: Database;
beforeAll(async () => {
  db = await openPublishedTables();
});
afterAll(() => db.close());

const reportedFrom = (where: string) =>
  db.connection.run(`CREATE OR REPLACE TABLE observations_reported AS SELECT * FROM observations WHERE method = 'reported' AND (${where})`);

describe('derived-observations.sql on the published tables', () => {
  it('recomputes exactly the published observations from the reported ones', async () => {
    await reportedFrom('true');
    const [diff] = await readRows(
      db,
      `WITH recomputed AS (${derivedObservationsSql})
       SELECT (SELECT count(*) FROM (SELECT * FROM recomputed EXCEPT ALL SELECT * FROM observations)) AS extra,
              (SELECT count(*) FROM (SELECT * FROM observations EXCEPT ALL SELECT * FROM recomputed)) AS missing`,
    );
    expect(diff).toEqual({ extra: 0n, missing: 0n });
  });

  it.each([
    ['xilingol-2020', 'not_stated', 99.13, 99.1312],
    ['harbin-2022', 'jurisdiction_wide', 98.2, 98.2193],
  ])('keeps %s’s stated and computed mediation success rates side by side, agreeing', async (report, scope, stated, computed) => {
    const rows = await readRows(
      db,
      `SELECT method, value, flag FROM observations
       WHERE report_id = $report AND scope = $scope AND indicator_id = 'mediation_success_rate' ORDER BY method DESC`,
      { report, scope },
    );
    expect(rows).toEqual([
      { method: 'reported', value: stated, flag: null },
      { method: 'derived', value: computed, flag: null },
    ]);
  });

  it('flags Lianyungang’s stated acceptance rate, which its own inputs do not give', async () => {
    const rows = await readRows(
      db,
      `SELECT method, value, flag, flag_note FROM observations
       WHERE report_id = 'lianyungang-2020' AND indicator_id = 'reconsideration_acceptance_rate' ORDER BY method DESC`,
    );
    expect(rows).toEqual([
      { method: 'reported', value: 88.4, flag: 'disagrees_with_derived', flag_note: 'stated 88.4 but its inputs give 87.26' },
      { method: 'derived', value: 87.2611, flag: 'disagrees_with_reported', flag_note: 'computed 87.26 but the report states 88.4' },
    ]);
  });
});

describe('derived-observations.sql on made-up rows', () => {
  const row = (indicator_id: string, value: number, value_text: string, qualifier = 'exact'): Row => ({
    observation_id: `r/${indicator_id}/not_stated`,
    report_id: 'r',
    jurisdiction_id: 'j',
    year: 2020,
    indicator_id,
    value,
    value_text,
    unit: 'count',
    qualifier,
    scope: 'not_stated',
    method: 'reported',
    quote: 'q',
    quote_start: 0,
    quote_end: 1,
  });
  const derive = async (rows: Row[]) => {
    await createTable(db, reportedObservationsTable, rows);
    return readRows(db, `SELECT indicator_id, value, qualifier, flag FROM (${derivedObservationsSql}) WHERE method = 'derived'`);
  };

  it('respects the rounding of the stated figure before it flags', async () => {
    const rounded = await derive([row('mediation_cases', 3, '3'), row('mediation_successful', 2, '2'), row('mediation_success_rate', 66.7, '66.7')]);
    expect(rounded).toEqual([{ indicator_id: 'mediation_success_rate', value: 66.6667, qualifier: 'exact', flag: null }]);
    const [off] = await derive([row('mediation_cases', 3, '3'), row('mediation_successful', 2, '2'), row('mediation_success_rate', 66.8, '66.8')]);
    expect(off.flag).toBe('disagrees_with_reported');
  });

  it('marks a value computed from an approximate input as approximate, and does not flag it', async () => {
    const rows = await derive([row('mediation_cases', 100, '100', 'at_least'), row('mediation_successful', 90, '90'), row('mediation_success_rate', 50, '50')]);
    expect(rows).toEqual([{ indicator_id: 'mediation_success_rate', value: 90, qualifier: 'approx', flag: null }]);
  });

  it('derives no rate from a zero denominator', async () => {
    expect(await derive([row('mediation_cases', 0, '0'), row('mediation_successful', 0, '0')])).toEqual([]);
  });
});
