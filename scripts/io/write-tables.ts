import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TableSpec } from '../../src/domain/tables';
import { copyTo, type Database } from './duckdb';
import { writeBrowserFiles } from './write-browser-files';

/**
 * Write each table as Parquet and CSV (by DuckDB), the browser's Arrow files and their manifest,
 * and the report texts, into a staging folder beside `outDir`, then swap it in:
 * a failure leaves the previous tables untouched.
 */
export async function writeTables(
  db: Database,
  tables: readonly TableSpec[],
  outDir: string,
  reportsDir: string,
  reportIds: string[],
  synthetic: boolean,
): Promise<void> {
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'reports'), { recursive: true });
  try {
    for (const spec of tables) {
      await copyTo(db, spec, join(staging, `${spec.name}.parquet`), 'FORMAT parquet, COMPRESSION zstd');
      await copyTo(db, spec, join(staging, `${spec.name}.csv`), 'FORMAT csv, HEADER true');
    }
    await writeBrowserFiles(db, staging, synthetic);
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
