import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedTables } from '../../src/domain/tables';
import { toArrowStream } from './arrow';
import { toCsv } from './csv';
import { copyToParquet, orderedSelect, readRows, type Database } from './duckdb';

/**
 * Write every published table as Parquet, CSV and Arrow, and the report texts, into a staging
 * folder beside `outDir`, then swap it in: a failure leaves the previous tables untouched.
 */
export async function writeTables(db: Database, outDir: string, reportsDir: string, reportIds: string[]): Promise<void> {
  const staging = `${outDir}.staging`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'reports'), { recursive: true });
  try {
    for (const spec of publishedTables) {
      await copyToParquet(db, spec, join(staging, `${spec.name}.parquet`));
      const rows = await readRows(db, orderedSelect(spec));
      writeFileSync(join(staging, `${spec.name}.csv`), toCsv(spec, rows));
      writeFileSync(join(staging, `${spec.name}.arrow`), toArrowStream(spec, rows));
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
