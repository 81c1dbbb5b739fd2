import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSpec } from '../../src/domain/tables';
import { toArrowStream } from './arrow';
import { appTables } from '../../src/sql/setup';
import { copyTo, readColumns, type Database } from './duckdb';

/**
 * Write each table as Parquet and CSV (by DuckDB), the tables the app loads also as Arrow (from
 * their columns, read in the table's order), and the report texts, into a staging folder beside `outDir`, then swap it in:
 * a failure leaves the previous tables untouched.
 */
export async function writeTables(
  db: Database,
  tables: readonly TableSpec[],
  outDir: string,
  reportsDir: string,
  reportIds: string[],
): Promise<void> {
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'reports'), { recursive: true });
  try {
    for (const spec of tables) {
      await copyTo(db, spec, join(staging, `${spec.name}.parquet`), 'FORMAT parquet, COMPRESSION zstd');
      await copyTo(db, spec, join(staging, `${spec.name}.csv`), 'FORMAT csv, HEADER true');
      if ((appTables as readonly string[]).includes(spec.name)) writeFileSync(join(staging, `${spec.name}.arrow`), toArrowStream(spec, await readColumns(db, spec)));
    }
    for (const id of reportIds) cpSync(join(reportsDir, `${id}.txt`), join(staging, 'reports', `${id}.txt`));
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(outDir, previous);
  } catch {
    // first run: nothing to move aside
  }
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}
