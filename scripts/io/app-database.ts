import { join } from 'node:path';
import type { Query, QueryRunner } from '../../src/sql/query';
import { localReportsTableSql } from '../../src/sql/local-marks';
import { observationsTable } from '../../src/domain/tables';
import { appTables, deriveObservations } from '../../src/sql/setup';
import { openDatabase, type Database } from './duckdb';
import { derivedObservationsSql } from './sql-files';

/**
 * The app's database in Node: the published Parquet tables loaded and derived exactly as the
 * browser does with their Arrow twins, behind the same QueryRunner door. `derivationChanges` is
 * how many published rows the app's own derivation replaced.
 */
export async function openAppDatabase(dataDir: string): Promise<QueryRunner & { derivationChanges: number; close(): void }> {
  const db: Database = await openDatabase();
  // Node has the whole corpus at hand: the observations load at once, not by partition.
  for (const table of [...appTables, observationsTable.name]) {
    const path = join(dataDir, `${table}.parquet`).replace(/'/g, "''");
    await db.connection.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet('${path}')`);
  }
  await db.connection.run(localReportsTableSql);
  const derivationChanges = await deriveObservations(async (sql) => (await db.connection.runAndReadAll(sql)).getRowObjectsJS(), derivedObservationsSql);
  return {
    derivationChanges,
    async query<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]> {
      const reader = await db.connection.runAndReadAll(query.sql, query.params);
      return parse(reader.getRowObjectsJS());
    },
    close: () => db.close(),
  };
}
