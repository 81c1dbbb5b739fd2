import { join, resolve } from 'node:path';
import type { Mention } from '../src/domain/mentions';
import type { Observation } from '../src/domain/observation';
import {
  indicatorsTable,
  jurisdictionsTable,
  mentionsTable,
  observationsTable,
  publishedTables,
  reportedObservationsTable,
  reportsTable,
} from '../src/domain/tables';
import { checkReferences } from './extract/check-references';
import { extractAll } from '../src/extract/extract-all';
import { indicatorRows, reportRows } from './extract/table-rows';
import { validateObservations } from '../src/extract/validate';
import { DataError } from '../src/domain/data-error';
import { columnsToRows, createTable, openDatabase, readColumns } from './io/duckdb';
import { readSources } from './io/read-sources';
import { derivedObservationsSql } from './io/sql-files';
import { writeTables } from './io/write-tables';

/** data/ → public/data/: the `npm run extract` command. */
export async function buildData(root: string): Promise<{ observations: number; mentions: Mention[] }> {
  const sources = readSources(join(root, 'data'));
  checkReferences(sources);
  const { observations, mentions } = extractAll(sources);
  const db = await openDatabase();
  try {
    await createTable(db, indicatorsTable, indicatorRows(sources));
    await createTable(db, jurisdictionsTable, sources.jurisdictions);
    await createTable(db, reportsTable, reportRows(sources));
    await createTable(db, mentionsTable, mentions);
    await createTable(db, reportedObservationsTable, observations);
    await db.connection.run(`CREATE TABLE ${observationsTable.name} AS ${derivedObservationsSql}`);
    const tables = await Promise.all(publishedTables.map(async (spec) => ({ spec, columns: await readColumns(db, spec) })));
    const all = columnsToRows(tables.find((t) => t.spec === observationsTable)!.columns) as Observation[];
    validateObservations(all, sources);
    await writeTables(db, tables, join(root, 'public', 'data'), join(root, 'data', 'reports'), sources.reports.map((r) => r.report_id));
    return { observations: all.length, mentions };
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? '.');
  buildData(root).then(
    ({ observations, mentions }) => {
      const unclaimed = mentions.filter((m) => m.disposition === 'unclaimed').length;
      console.log(`public/data: ${observations} observations; ${mentions.length} numbers in the reports, ${unclaimed} unclaimed`);
    },
    (error: unknown) => {
      console.error(error instanceof DataError ? `extract stopped: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
