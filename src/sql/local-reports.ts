import type { Jurisdiction, Report } from '../domain/catalog';
import type { Observation } from '../domain/observation';
import { jurisdictionsTable, observationsTable, reportsTable, type Row, type TableSpec } from '../domain/tables';
import { readsNoObservations, type Query } from './query';


/** What a kept local report puts into the app's tables: its manifest rows and its reported observations. */
export interface LocalRows {
  report: Report;
  jurisdiction: Jurisdiction;
  textLength: number;
  textSha256: string;
  observations: Observation[];
}

function insertRow(spec: TableSpec, row: Row): Query {
  const columns = spec.columns.map(([name]) => name);
  const values = spec.columns.map(([, type], i) => `CAST($${i + 1} AS ${type})`);
  return { sql: `INSERT INTO ${spec.name} (${columns.join(', ')}) VALUES (${values.join(', ')})`, params: columns.map((c) => row[c] ?? null) };
}

/** Statements that add a local report; a jurisdiction already loaded (harbin) is not added twice. */
export function insertLocalReportQueries(rows: LocalRows, jurisdictionKnown: boolean): Query[] {
  const report: Row = { ...rows.report, text_length: rows.textLength, text_sha256: rows.textSha256 };
  return [
    ...(jurisdictionKnown ? [] : [insertRow(jurisdictionsTable, rows.jurisdiction as unknown as Row)]),
    insertRow(reportsTable, report),
    ...rows.observations.map((o) => insertRow(observationsTable, o as unknown as Row)),
    { sql: 'INSERT INTO local_reports VALUES ($1)', params: [rows.report.report_id] },
  ];
}

/** Statements that take a local report out again, with every row it brought; its place goes too unless another report has it. */
export const deleteLocalReportQueries = (reportId: string): Query[] => [
  { sql: 'DELETE FROM observations WHERE report_id = $1', params: [reportId] },
  {
    sql: `DELETE FROM jurisdictions WHERE jurisdiction_id IN (SELECT jurisdiction_id FROM reports WHERE report_id = $1)
  AND jurisdiction_id NOT IN (SELECT jurisdiction_id FROM reports WHERE report_id <> $1)`,
    params: [reportId],
  },
  ...['reports', 'local_reports'].map((table) => ({ sql: `DELETE FROM ${table} WHERE report_id = $1`, params: [reportId] })),
];

/** Every report the tables hold, published or local, as the duplicate check compares them. */
export const heldReportsQuery: Query = {
  sql: 'SELECT report_id, jurisdiction_id, CAST(year AS INTEGER) AS year, reporting_body_zh, text_sha256 FROM reports ORDER BY report_id',
  params: [],
  reads: readsNoObservations,
};
