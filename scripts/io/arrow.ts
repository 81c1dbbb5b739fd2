import { Float64, Int32, Table, Utf8, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnType, Row, TableSpec } from '../../src/domain/tables';

const arrowType = (type: ColumnType): DataType => (type === 'VARCHAR' ? new Utf8() : type === 'INTEGER' ? new Int32() : new Float64());

/** An Arrow IPC stream with the table's own column types: what the browser inserts into DuckDB-WASM. */
export function toArrowStream(spec: TableSpec, rows: readonly Row[]): Uint8Array {
  const columns = Object.fromEntries(
    spec.columns.map(([name, type]) => [name, vectorFromArray(rows.map((r) => r[name] ?? null), arrowType(type))]),
  );
  return tableToIPC(new Table(columns), 'stream');
}
