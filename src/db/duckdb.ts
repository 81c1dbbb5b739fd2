import * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import derivedObservationsSql from '../sql/derived-observations.sql?raw';
import type { Query, QueryRunner } from '../sql/query';
import { loadedName, setupStatements, type AppTable } from '../sql/setup';
import { DataFileError } from './fetch-tables';

/** Bundles served from the app's own build output; never a CDN, so dist/ works offline. */
const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

export class EngineError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'EngineError';
  }
}

async function instantiate(): Promise<duckdb.AsyncDuckDB> {
  try {
    const bundle = await duckdb.selectBundle(bundles);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    return db;
  } catch (error) {
    throw new EngineError(String((error as Error).message ?? error));
  }
}

function toRows(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): unknown[] {
  return table.toArray().map((row) => {
    const record = row.toJSON();
    for (const [key, value] of Object.entries(record)) if (typeof value === 'bigint') record[key] = Number(value);
    return record;
  });
}

/**
 * Boot DuckDB-WASM, load the published tables, derive, then close every door to the outside:
 * no extension may be fetched and no query may read a file or URL.
 */
export async function startDuckDB(tables: Promise<Map<AppTable, Uint8Array>>): Promise<QueryRunner> {
  // User Timing marks, read by bench:ui and visible in any browser's performance panel.
  performance.mark('engine:start');
  const db = await instantiate();
  performance.mark('engine:instantiated');
  const connection = await db.connect();
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');
  for (const [table, bytes] of await tables) {
    try {
      await connection.insertArrowFromIPCStream(bytes, { name: loadedName(table), create: true });
    } catch (error) {
      throw new DataFileError(`data/${table}.arrow`, String((error as Error).message ?? error));
    }
  }
  performance.mark('engine:tables-loaded');
  for (const statement of setupStatements(derivedObservationsSql)) await connection.query(statement);
  await connection.query('SET enable_external_access = false');
  await connection.query('SET lock_configuration = true');
  performance.mark('engine:ready');
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  return {
    async query<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]> {
      if (!statements.has(query.sql)) statements.set(query.sql, connection.prepare(query.sql));
      const statement = await statements.get(query.sql)!;
      return parse(toRows(await statement.query(...query.params)));
    },
  };
}
