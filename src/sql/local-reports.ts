import type { Jurisdiction, Report } from '../domain/catalog';
import type { Observation } from '../domain/observation';
import { jurisdictionsTable, observationsTable, reportsTable, type Row, type TableSpec } from '../domain/tables';
import type { Query } from './query';


/** What a kept local report puts into the app's tables: its manifest rows and its reported observations. */
export interface LocalRows {
  report: Report;
  jurisdiction: Jurisdiction;
  textLength: number;
  observations: Observation[];
}

function insertRow(spec: TableSpec, row: Row): Query {
  const columns = spec.columns.map(([name]) => name);
  const values = spec.columns.map(([, type], i) => `CAST($${i + 1} AS ${type})`);
  return { sql: `INSERT INTO ${spec.name} (${columns.join(', ')}) VALUES (${values.join(', ')})`, params: columns.map((c) => row[c] ?? null) };
}

/** Statements that add a local report; a jurisdiction already loaded (harbin) is not added twice. */
export function insertLocalReportQueries(rows: LocalRows, jurisdictionKnown: boolean): Query[] {
  const report: Row = { ...rows.report, text_length: rows.textLength };
  return [
    ...(jurisdictionKnown ? [] : [insertRow(jurisdictionsTable, rows.jurisdiction as unknown as Row)]),
    insertRow(reportsTable, report),
    ...rows.observations.map((o) => insertRow(observationsTable, o as unknown as Row)),
    { sql: 'INSERT INTO local_reports VALUES ($1)', params: [rows.report.report_id] },
  ];
}

/** Statements that take a local report out again, with every row it brought (its jurisdiction stays: harmless). */
export const deleteLocalReportQueries = (reportId: string): Query[] =>
  ['observations', 'reports', 'local_reports'].map((table) => ({ sql: `DELETE FROM ${table} WHERE report_id = $1`, params: [reportId] }));
