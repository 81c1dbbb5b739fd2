import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openDatabase, readRows, type Database } from '../../scripts/io/duckdb';
import { publishedTables } from '../../src/domain/tables';
import { projectRoot } from './sources';

/** DuckDB with a view over each committed Parquet table in public/data. */
export async function openPublishedTables(dataDir = resolve(projectRoot, 'public/data')): Promise<Database> {
  const db = await openDatabase();
  for (const { name } of publishedTables) {
    await db.connection.run(`CREATE VIEW "${name}" AS SELECT * FROM read_parquet('${resolve(dataDir, `${name}.parquet`)}')`);
  }
  return db;
}

/** The published tables for a whole test file: opened before its tests, closed after them. */
export function publishedTablesOfFile(): () => Database {
  let db: Database | undefined;
  beforeAll(async () => {
    db = await openPublishedTables();
  });
  afterAll(() => db?.close());
  return () => db!;
}

export { readRows };
