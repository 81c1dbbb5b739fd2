import type * as duckdb from '@duckdb/duckdb-wasm';

// The shapes of the Arrow that DuckDB-WASM bundles (its own version, not the app's): only what is read here.
interface Field {
  name: string;
  type: { typeId: number; scale?: number; toString(): string };
}
interface RecordBatch {
  numRows: number;
  getChildAt(index: number): { get(row: number): unknown } | null;
}
// Arrow's Type enum.
const arrowType = { int: 2, float: 3, utf8: 5, decimal: 7, date: 8, timestamp: 10, largeUtf8: 20 } as const;

export type ConsoleCell = string | number | boolean | null;

export interface ConsoleColumn {
  name: string;
  /** Arrow's name of the column's type, as DuckDB-WASM hands it over. */
  type: string;
  kind: 'text' | 'number' | 'other';
}

export interface ConsoleResult {
  columns: ConsoleColumn[];
  /** The first `rowLimit` rows. */
  rows: ConsoleCell[][];
  /** Whether the query had rows beyond them (they were not read). */
  more: boolean;
  /** The query's own time, without the loading of the tables before it. */
  ms: number;
}

/** The console's own door to the engine: one guarded SQL text at a time on a connection of its own, so that cancelling it never touches the app's queries. */
export interface SqlConsole {
  run(sql: string): Promise<ConsoleResult>;
  /** Stops the query running now, if any; its `run` then rejects. */
  cancel(): Promise<void>;
}

export const rowLimit = 10_000;

export class ConsoleCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ConsoleCancelled';
  }
}

const kindOf = ({ typeId }: Field['type']): ConsoleColumn['kind'] =>
  typeId === arrowType.utf8 || typeId === arrowType.largeUtf8 ? 'text' : typeId === arrowType.int || typeId === arrowType.float || typeId === arrowType.decimal ? 'number' : 'other';

const jsonSafe = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value);

/** A cell as the page can show and export it; numbers too big for a double stay exact as text. */
function cellOf(value: unknown, field: Field): ConsoleCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  // Dates and timestamps arrive as milliseconds since 1970.
  if (typeof value === 'number' && field.type.typeId === arrowType.date) return new Date(value).toISOString().slice(0, 10);
  if (typeof value === 'number' && field.type.typeId === arrowType.timestamp) return new Date(value).toISOString();
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  // HUGEINT and DECIMAL arrive as arrow's big numbers: unscaled digits, then the type's scale.
  if (field.type.typeId === arrowType.decimal) return Number(String(value)) / 10 ** (field.type.scale ?? 0);
  if (value instanceof Date) return value.toISOString();
  const json = (value as { toJSON?: () => unknown }).toJSON?.() ?? value;
  return JSON.stringify(json, jsonSafe);
}

function rowsOf(batch: RecordBatch, fields: Field[], limit: number): ConsoleCell[][] {
  const columns = fields.map((_, i) => batch.getChildAt(i)!);
  const rows: ConsoleCell[][] = [];
  for (let r = 0; r < Math.min(batch.numRows, limit); r++) rows.push(columns.map((column, i) => cellOf(column.get(r), fields[i])));
  return rows;
}

/**
 * Opens the console's connection on first use. `ready` loads every table the console may read
 * and keeps the app's derivation from starting under it.
 */
export function openSqlConsole(db: duckdb.AsyncDuckDB, ready: () => Promise<unknown>): SqlConsole {
  let connection: Promise<duckdb.AsyncDuckDBConnection> | null = null;
  const connect = () => (connection ??= db.connect());
  let queue: Promise<unknown> = Promise.resolve();
  // Counts the cancels, so that a query cancelled while its tables were still loading never starts.
  let cancels = 0;
  const run = async (sql: string, asked: number): Promise<ConsoleResult> => {
    await ready();
    const conn = await connect();
    if (cancels !== asked) throw new ConsoleCancelled();
    const started = performance.now();
    // Streamed, so that a huge answer is read only as far as the limit.
    const reader = await (await conn.send(sql, true)).open();
    const fields = reader.schema.fields;
    const rows: ConsoleCell[][] = [];
    let more = false;
    for await (const batch of reader) {
      const room = rowLimit - rows.length;
      rows.push(...rowsOf(batch, fields, room));
      if (batch.numRows > room) {
        more = true;
        break;
      }
    }
    if (more) await conn.cancelSent();
    return { columns: fields.map((f) => ({ name: f.name, type: String(f.type), kind: kindOf(f.type) })), rows, more, ms: performance.now() - started };
  };
  let active: Promise<unknown> | null = null;
  return {
    run: (sql) => {
      const asked = cancels;
      const next = queue.then(() => run(sql, asked));
      queue = next.catch(() => undefined);
      active = queue;
      return next;
    },
    cancel: async () => {
      cancels += 1;
      const running = active;
      if (!connection || !running) return;
      const conn = await connection;
      // A cancel that reaches the worker before the query is pending is lost: ask again until the run has ended.
      for (let tries = 0; tries < 40; tries++) {
        await conn.cancelSent();
        if (await Promise.race([running.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 250))])) return;
      }
    },
  };
}
