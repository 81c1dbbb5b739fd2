import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type Manifest } from '../../src/domain/manifest';
import { indicatorsTable, jurisdictionsTable, observationsTable, reportsTable, type TableSpec } from '../../src/domain/tables';
import { manifestFile, partitionFile } from '../../src/sql/setup';
import { toArrowStream } from './arrow';
import { readColumns, readRows, type Database } from './duckdb';

function writeArrow(dir: string, file: string, spec: TableSpec, columns: Awaited<ReturnType<typeof readColumns>>) {
  const bytes = toArrowStream(spec, columns);
  writeFileSync(join(dir, file), bytes);
  return { file, rows: columns[spec.columns[0][0]].length, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The files the browser fetches, as Arrow IPC: the catalog, places and reports whole, and the
 * observations one file per category and year, with a manifest of them all (rows, bytes, SHA-256). No file
 * but the reports table grows with the number of places.
 */
export async function writeBrowserFiles(db: Database, dir: string, synthetic: boolean): Promise<Manifest> {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  const tables = [];
  for (const spec of [indicatorsTable, jurisdictionsTable, reportsTable]) tables.push({ table: spec.name, ...writeArrow(dir, `${spec.name}.arrow`, spec, await readColumns(db, spec)) });
  const keys = await readRows(db, 'SELECT DISTINCT i.category, CAST(o.year AS INTEGER) AS year FROM observations o JOIN indicators i USING (indicator_id) ORDER BY ALL');
  const partitions = [];
  for (const { category, year } of keys as { category: string; year: number }[]) {
    const columns = await readColumns(db, observationsTable, 'year = $2 AND indicator_id IN (SELECT indicator_id FROM indicators WHERE category = $1)', [category, year]);
    partitions.push({ table: observationsTable.name, category, year, ...writeArrow(dir, partitionFile(category, year), observationsTable, columns) });
  }
  const manifest = manifestSchema.parse({ format_version: 1, synthetic, tables, partitions });
  writeFileSync(join(dir, manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
