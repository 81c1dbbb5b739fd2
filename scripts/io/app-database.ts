import { join } from 'node:path';
import type { Query, QueryRunner } from '../../src/sql/query';
import { appTables, loadedName, setupStatements } from '../../src/sql/setup';
import { openDatabase, type Database } from './duckdb';
import { derivedObservationsSql } from './sql-files';

/**
 * The app's database in Node: the published Parquet tables loaded and set up exactly as the
 * browser does with their Arrow twins, behind the same QueryRunner door.
 */
export async function openAppDatabase(dataDir: string): Promise<QueryRunner & { close(): void }> {
  const db: Database = await openDatabase();
  for (const table of appTables) {
    const path = join(dataDir, `${table}.parquet`).replace(/'/g, "''");
    await db.connection.run(`CREATE TABLE ${loadedName(table)} AS SELECT * FROM read_parquet('${path}')`);
  }
  for (const statement of setupStatements(derivedObservationsSql)) await db.connection.run(statement);
  return {
    async query<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]> {
      const reader = await db.connection.runAndReadAll(query.sql, query.params);
      return parse(reader.getRowObjectsJS());
    },
    close: () => db.close(),
  };
}
