import { join, resolve } from 'node:path';
import { reportOfLine } from '../src/domain/curation';
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
import type { Sources } from '../src/extract/sources';
import { indicatorRows, reportRows } from './extract/table-rows';
import { validateObservations } from '../src/extract/validate';
import { DataError } from '../src/domain/data-error';
import { appendRows, createTable, openDatabase, orderedSelect, readRows } from './io/duckdb';
import { readReportTexts, readSourcesWithoutTexts } from './io/read-sources';
import { derivedObservationsSql } from './io/sql-files';
import { writeTables } from './io/write-tables';

/** Reports are read, checked and validated a batch at a time, so that a national corpus fits in memory. */
const batchSize = 2000;

/**
 * The sources a batch of reports at a time: the catalog, places and rules whole, and only the
 * batch's curation and texts, read from data/reports/ when the batch's turn comes.
 */
export function* batchesOf(sources: Omit<Sources, 'texts'>, dataDir: string): Generator<Sources> {
  for (let start = 0; start < sources.reports.length; start += batchSize) {
    const reports = sources.reports.slice(start, start + batchSize);
    const ids = new Set(reports.map((r) => r.report_id));
    yield { ...sources, reports, texts: readReportTexts(dataDir, reports, start), curation: sources.curation.filter((c) => ids.has(reportOfLine(c.entry))) };
  }
}

export interface BuiltData {
  observations: number;
  mentions: number;
  unclaimed: number;
  /** Time spent in the extractor itself, curation and validation of reported rows included. */
  extractSeconds: number;
}

/** data/ → public/data/: the `npm run extract` command. */
export async function buildData(root: string, { synthetic = false } = {}): Promise<BuiltData> {
  const dataDir = join(root, 'data');
  const sources = readSourcesWithoutTexts(dataDir);
  checkReferences(sources);
  const db = await openDatabase();
  try {
    await createTable(db, indicatorsTable, indicatorRows(sources));
    await createTable(db, jurisdictionsTable, sources.jurisdictions);
    await createTable(db, reportsTable, []);
    await createTable(db, mentionsTable, []);
    await createTable(db, reportedObservationsTable, []);
    const built: BuiltData = { observations: 0, mentions: 0, unclaimed: 0, extractSeconds: 0 };
    for (const batch of batchesOf(sources, dataDir)) {
      await appendRows(db, reportsTable, reportRows(batch));
      const started = performance.now();
      const { observations, mentions } = extractAll(batch);
      built.extractSeconds += (performance.now() - started) / 1000;
      await appendRows(db, mentionsTable, mentions);
      await appendRows(db, reportedObservationsTable, observations);
      built.mentions += mentions.length;
      built.unclaimed += mentions.filter((m) => m.disposition === 'unclaimed').length;
    }
    await db.connection.run(`CREATE TABLE ${observationsTable.name} AS ${derivedObservationsSql}`);
    // A derived row's inputs are of its own report, so a batch of reports validates on its own.
    for (const batch of batchesOf(sources, dataDir)) {
      const ids = batch.reports.map((r) => `'${r.report_id.replaceAll("'", "''")}'`).join(', ');
      const rows = (await readRows(db, orderedSelect(observationsTable, `report_id IN (${ids})`))) as Observation[];
      validateObservations(rows, batch);
      built.observations += rows.length;
    }
    await writeTables(db, publishedTables, join(root, 'public', 'data'), join(root, 'data', 'reports'), sources.reports.map((r) => r.report_id), synthetic);
    return built;
  } finally {
    db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? '.');
  buildData(root).then(
    ({ observations, mentions, unclaimed }) => {
      console.log(`public/data: ${observations} observations; ${mentions} numbers in the reports, ${unclaimed} unclaimed`);
    },
    (error: unknown) => {
      console.error(error instanceof DataError ? `extract stopped: ${error.message}` : error);
      process.exitCode = 1;
    },
  );
}
