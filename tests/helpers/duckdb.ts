import { resolve } from 'node:path';
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

export { readRows };
