import { Float64, Int32, Table, Utf8, Vector, makeData, tableToIPC, vectorFromArray, type DataType } from 'apache-arrow';
import type { ColumnType, TableSpec } from '../../src/domain/tables';

type Cell = string | number | null | undefined;

function validity(values: readonly Cell[]): { nullBitmap: Uint8Array; nullCount: number } {
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let nullCount = 0;
  values.forEach((v, i) => {
    if (v === null || v === undefined) nullCount += 1;
    else nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  return { nullBitmap, nullCount };
}

/** Strings encoded once into one buffer: apache-arrow's generic builder is ten times slower here. */
function utf8Vector(values: readonly Cell[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const encoded = values.map((v) => (v === null || v === undefined ? new Uint8Array(0) : encoder.encode(String(v))));
  const valueOffsets = new Int32Array(values.length + 1);
  encoded.forEach((bytes, i) => {
    valueOffsets[i + 1] = valueOffsets[i] + bytes.length;
  });
  const data = new Uint8Array(valueOffsets[values.length]);
  encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
  return new Vector([makeData({ type: new Utf8(), length: values.length, valueOffsets, data, ...validity(values) })]);
}

const numberType = (type: ColumnType): DataType => (type === 'INTEGER' ? new Int32() : new Float64());

/** An Arrow IPC stream with the table's own column types: what the browser inserts into DuckDB-WASM. */
export function toArrowStream(spec: TableSpec, columns: Record<string, readonly Cell[]>): Uint8Array {
  const vectors = Object.fromEntries(
    spec.columns.map(([name, type]) => [
      name,
      type === 'VARCHAR' ? utf8Vector(columns[name]) : vectorFromArray(columns[name].map((v) => v ?? null), numberType(type)),
    ]),
  );
  return tableToIPC(new Table(vectors), 'stream');
}

