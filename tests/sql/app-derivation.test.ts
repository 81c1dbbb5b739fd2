import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, readRows, type Database } from '../../scripts/io/duckdb';
import { derivedObservationsSql } from '../../scripts/io/sql-files';
import { appTables, deriveObservations } from '../../src/sql/setup';
import { openPublishedAppDatabase } from '../helpers/app-database';
import { projectRoot } from '../helpers/sources';

let db: Database | undefined;
afterEach(() => db?.close());

/** The app's tables as it loads them: the published files under their own names. */
async function loadPublished(): Promise<Database> {
  const loaded = await openDatabase();
  for (const table of [...appTables, 'observations']) {
    await loaded.connection.run(`CREATE TABLE ${table} AS FROM read_parquet('${resolve(projectRoot, `public/data/${table}.parquet`)}')`);
  }
  return loaded;
}

const run = (database: Database) => async (sql: string) => (await database.connection.runAndReadAll(sql)).getRowObjectsJS();
const derivedRate = "observation_id = 'xilingol-2020/mediation_success_rate/not_stated/derived'";

describe('the app’s own derivation of the published observations', () => {
  it('agrees with every published row', async () => {
    const app = await openPublishedAppDatabase();
    expect(app.derivationChanges).toBe(0);
    app.close();
  });

  it('replaces a stale published derived row with its own, and counts the change', async () => {
    db = await loadPublished();
    const published = await readRows(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM observations');
    await db.connection.run(`UPDATE observations SET value = 50 WHERE ${derivedRate}`);
    expect(await deriveObservations(run(db), derivedObservationsSql)).toBe(2);
    expect(await readRows(db, `SELECT value FROM observations WHERE ${derivedRate}`)).toEqual([{ value: 99.1312 }]);
    expect(await readRows(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM observations')).toEqual(published);
  });
});
