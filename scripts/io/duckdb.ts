import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Row, TableSpec } from '../../src/domain/tables';

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
  const columns = spec.columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
  await db.connection.run(`CREATE OR REPLACE TABLE "${spec.name}" (${columns})`);
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

export const orderedSelect = (spec: TableSpec) =>
  `SELECT ${spec.columns.map(([name]) => `"${name}"`).join(', ')} FROM "${spec.name}" ORDER BY ${spec.orderBy.map((c) => `"${c}"`).join(', ')}`;

export async function copyToParquet(db: Database, spec: TableSpec, path: string): Promise<void> {
  await db.connection.run(`COPY (${orderedSelect(spec)}) TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
}
