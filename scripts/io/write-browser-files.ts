import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manifestSchema, type Manifest } from '../../src/domain/manifest';
import { indicatorsTable, jurisdictionsTable, mentionsTable, observationsTable, reportsTable, type TableSpec } from '../../src/domain/tables';
import { manifestFile, partitionFile } from '../../src/sql/setup';
import { derivationFamilies, type PartitionedIndicator } from '../../src/sql/partitions';
import { toArrowStream } from './arrow';
import { readColumns, readRows, type Database } from './duckdb';

function writeArrow(dir: string, file: string, spec: TableSpec, columns: Awaited<ReturnType<typeof readColumns>>) {
  const bytes = toArrowStream(spec, columns);
  writeFileSync(join(dir, file), bytes);
  return { file, rows: columns[spec.columns[0][0]].length, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The files the browser fetches, as Arrow IPC: the catalog, places and reports whole, the mentions, and the
 * observations one file per derivation family, with a manifest of them all (rows, bytes, SHA-256).
 * Measured on the national corpus, a family's file holds what a trend or a compare view reads, where
 * a category-and-year file made a ten-year trend read ten files of a whole category (see README).
 */
export async function writeBrowserFiles(db: Database, dir: string, synthetic: boolean): Promise<Manifest> {
  mkdirSync(join(dir, 'parts'), { recursive: true });
  const tables = [];
  for (const spec of [indicatorsTable, jurisdictionsTable, reportsTable]) tables.push({ table: spec.name, ...writeArrow(dir, `${spec.name}.arrow`, spec, await readColumns(db, spec)) });
  // Every number of every report, for the reader and the console: too large to publish for a national corpus.
  const extras = synthetic ? [] : [{ table: mentionsTable.name, ...writeArrow(dir, `${mentionsTable.name}.arrow`, mentionsTable, await readColumns(db, mentionsTable)) }];
  const indicators = (await readRows(db, 'SELECT indicator_id, derivation_a, derivation_b FROM indicators')) as unknown as PartitionedIndicator[];
  const observed = new Set((await readRows(db, 'SELECT DISTINCT indicator_id FROM observations')).map((r) => String(r.indicator_id)));
  const partitions = [];
  for (const family of derivationFamilies(indicators).filter((f) => f.some((id) => observed.has(id)))) {
    const columns = await readColumns(db, observationsTable, "list_contains(string_split($1, ','), indicator_id)", [family.join(',')]);
    partitions.push({ table: observationsTable.name, indicators: family, ...writeArrow(dir, partitionFile(family[0]), observationsTable, columns) });
  }
  const manifest = manifestSchema.parse({ format_version: 1, synthetic, tables, extras, partitions });
  writeFileSync(join(dir, manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
