import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createTableSql, type Row, type TableSpec } from '../../src/domain/tables';

export interface Database {
  connection: DuckDBConnection;
  close(): void;
}

/** One thread, so that row order and file bytes never depend on scheduling. */
export async function openDatabase(): Promise<Database> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function createTable(db: Database, spec: TableSpec, rows: readonly Row[]): Promise<void> {
  await db.connection.run(createTableSql(spec));
  await appendRows(db, spec, rows);
}

export async function appendRows(db: Database, spec: TableSpec, rows: readonly Row[]): Promise<void> {
  const appender = await db.connection.createAppender(spec.name);
  for (const row of rows) {
    for (const [name, type] of spec.columns) {
      const value = row[name];
      if (value === null || value === undefined) appender.appendNull();
      else if (type === 'VARCHAR') appender.appendVarchar(String(value));
      else if (type === 'INTEGER') appender.appendInteger(Number(value));
      else appender.appendDouble(Number(value));
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** Rows as plain JavaScript values, in the table's canonical order. */
export async function readRows(db: Database, sql: string, params: Record<string, string | number> = {}): Promise<Row[]> {
  const reader = await db.connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS() as Row[];
}

/** A table's rows in its canonical order, those `where` keeps (SQL, with $1… bound by the caller). */
export const orderedSelect = (spec: TableSpec, where = '') =>
  `SELECT ${spec.columns.map(([name]) => `"${name}"`).join(', ')} FROM "${spec.name}"${where ? ` WHERE ${where}` : ''} ORDER BY ${spec.orderBy.map((c) => `"${c}"`).join(', ')}`;

/** `path` is the pipeline's own output path, never user input. */
export async function copyTo(db: Database, spec: TableSpec, path: string, options: string): Promise<void> {
  await db.connection.run(`COPY (${orderedSelect(spec)}) TO '${path.replace(/'/g, "''")}' (${options})`);
}

export type Columns = Record<string, (string | number | null)[]>;

export async function readColumns(db: Database, spec: TableSpec, where = '', params: (string | number)[] = []): Promise<Columns> {
  const reader = await db.connection.runAndReadAll(orderedSelect(spec, where), params);
  return reader.getColumnsObjectJS() as Columns;
}

export function columnsToRows(columns: Columns): Row[] {
  const names = Object.keys(columns);
  const length = names.length === 0 ? 0 : columns[names[0]].length;
  return Array.from({ length }, (_, i) => Object.fromEntries(names.map((n) => [n, columns[n][i]])));
}
