import * as duckdb from '@duckdb/duckdb-wasm';
import derivedObservationsSql from '../sql/derived-observations.sql?raw';
import type { Query, QueryRunner } from '../sql/query';
import type { LocalReportRecord } from '../domain/local-report';
import { localReportsTableSql } from '../sql/local-marks';
import { deleteLocalReportQueries, insertLocalReportQueries } from '../sql/local-reports';
import { derivePartition, deriveObservations } from '../sql/setup';
import { idleTracker } from './idle';
import { partitionsRead } from '../sql/partitions';
import type { Manifest, Partition } from '../domain/manifest';
import { createTableSql, mentionsTable, observationsTable, type Row } from '../domain/tables';
import { readLocalReports } from './local-store';
import { sha256Hex } from '../lib/sha256';
import { bundles, takeWorker } from './engine-worker';
import { DataFileError, fetchPartition, type PublishedData } from './fetch-tables';
import { openSqlConsole, type SqlConsole } from './console-connection';

export class EngineError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'EngineError';
  }
}

async function instantiate(): Promise<duckdb.AsyncDuckDB> {
  let worker: Worker | undefined;
  try {
    const bundle = await duckdb.selectBundle(bundles);
    worker = takeWorker(bundle.mainWorker!);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
    return db;
  } catch (error) {
    worker?.terminate();
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

/** Reports kept in this browser, added to and taken out of the loaded tables. */
export interface LocalTables {
  add(record: LocalReportRecord): Promise<void>;
  remove(reportId: string): Promise<void>;
}

/** The engine's door, and when the app's own derivation has replaced the published derived rows (with how many changed). */
export interface Engine {
  runner: QueryRunner;
  derived: Promise<number>;
  local: LocalTables;
  /** The SQL console's door: guarded text on a connection of its own, over every table in full. */
  console: SqlConsole;
  /** Called whenever the app's own derivation changed rows that answers were given from. */
  onChange(listener: () => void): void;
}

/**
 * Boot DuckDB-WASM, load the published tables, close every door to the outside (no extension may
 * be fetched, no query may read a file or URL), and answer queries at once from the published rows.
 * The app's own derivation waits for the first answer and a quiet moment after it, so that no chart waits for it.
 */
export async function startDuckDB(data: Promise<PublishedData>): Promise<Engine> {
  // User Timing marks, read by bench:ui and visible in any browser's performance panel.
  performance.mark('engine:start');
  const db = await instantiate();
  performance.mark('engine:instantiated');
  const connection = await db.connect();
  await connection.query('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
  const { manifest, tables } = await data;
  for (const [table, bytes] of tables) {
    try {
      await connection.insertArrowFromIPCStream(bytes, { name: table, create: true });
    } catch (error) {
      throw new DataFileError(`data/${table}.arrow`, String((error as Error).message ?? error));
    }
  }
  await connection.query(createTableSql(observationsTable));
  await connection.query(createTableSql(mentionsTable));
  await connection.query(localReportsTableSql);
  await connection.query('SET enable_external_access = false; SET lock_configuration = true');
  const categoryOf = new Map(toRows(await connection.query('SELECT indicator_id, category FROM indicators')).map((r) => [String((r as Row).indicator_id), String((r as Row).category)]));
  performance.mark('engine:ready');

  // Partition loads, local reports and derivations one at a time: a derivation rebuilds the observations table.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  // Published rows answer at once; the app's own derivation follows when no query is waiting.
  const idle = idleTracker(800);
  const changeListeners: (() => void)[] = [];
  const changedBy = (changed: number) => {
    if (changed > 0) for (const listener of changeListeners) listener();
    return changed;
  };
  const runSql = async (sql: string) => toRows(await connection.query(sql));
  // Each partition's rows as fetched, until the app has derived them itself.
  const staged: string[] = [];
  let stagedCount = 0;
  let derivedOnce = false;
  const derive = async () => {
    const changed = await deriveObservations(runSql, derivedObservationsSql);
    for (const table of staged.splice(0)) await runSql(`DROP TABLE ${table}`);
    derivedOnce = true;
    return changedBy(changed);
  };
  const deriveStaged = async () => {
    let changed = 0;
    for (const table of staged.splice(0)) changed += await derivePartition(runSql, derivedObservationsSql, table);
    return changedBy(changed);
  };
  const addPartition = async (bytes: Uint8Array) => {
    const table = `observations_staged_${(stagedCount += 1)}`;
    await connection.insertArrowFromIPCStream(bytes, { name: table, create: true });
    await runSql(`INSERT INTO observations SELECT * FROM ${table}`);
    staged.push(table);
    // Before the first derivation, that derivation covers it.
    if (derivedOnce) void idle.quiet().then(() => exclusive(deriveStaged)).catch((error) => console.error('Deriving a partition failed; its published rows stay in use.', error));
  };
  const loads = new Map<string, Promise<void>>();
  const load = (partition: Partition) => {
    if (!loads.has(partition.file)) {
      const loading = fetchPartition(partition).then((bytes) =>
        exclusive(async () => {
          await addPartition(bytes);
          performance.mark('engine:partition', { detail: { file: partition.file } });
        }),
      );
      loads.set(partition.file, loading);
      loading.catch(() => loads.delete(partition.file));
    }
    return loads.get(partition.file)!;
  };
  const extraLoads = new Map<string, Promise<void>>();
  const loadExtra = (extra: Manifest['extras'][number]) => {
    if (!extraLoads.has(extra.table)) {
      const loading = fetchPartition(extra).then((bytes) => exclusive(async () => {
        const table = `${extra.table}_fetched`;
        await connection.insertArrowFromIPCStream(bytes, { name: table, create: true });
        await runSql(`INSERT INTO ${extra.table} SELECT * FROM ${table}; DROP TABLE ${table}`);
      }));
      extraLoads.set(extra.table, loading);
      loading.catch(() => extraLoads.delete(extra.table));
    }
    return extraLoads.get(extra.table)!;
  };
  const loadFor = (query: Query) => Promise.all([
    ...partitionsRead(query.reads, manifest.partitions, categoryOf).map(load),
    ...manifest.extras.filter((extra) => query.extras?.includes(extra.table)).map(loadExtra),
  ]);

  let firstAnswer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
  const derived = answered.then(idle.quiet).then(() =>
    exclusive(async () => {
      const changed = await derive();
      performance.mark('engine:derived', { detail: { changed } });
      return changed;
    }),
  );
  const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
  const runner: QueryRunner = {
    async query<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]> {
      idle.touch();
      const asked = performance.now();
      await loadFor(query);
      const loaded = performance.now();
      if (!statements.has(query.sql)) statements.set(query.sql, connection.prepare(query.sql));
      const statement = await statements.get(query.sql)!;
      const rows = toRows(await statement.query(...query.params));
      // Read by bench:scale, which splits a filter change's time into loading and querying, and by tests that ask what was read.
      performance.measure('engine:load', { start: asked, end: loaded });
      performance.measure('engine:query', { start: loaded, end: performance.now(), detail: { reads: query.reads ?? null } });
      idle.touch();
      firstAnswer();
      return parse(rows);
    },
  };
  // Not through the runner: a local report loaded at start is no answer, and must not start the derivation.
  const run = async (query: Query) => {
    const statement = await connection.prepare(query.sql);
    try {
      return toRows(await statement.query(...query.params));
    } finally {
      await statement.close();
    }
  };
  const rederive = async () => {
    firstAnswer();
    await derived;
    await exclusive(derive);
  };
  const add = (record: LocalReportRecord) => exclusive(async () => {
    const [{ known }] = (await run({ sql: 'SELECT count(*) > 0 AS known FROM jurisdictions WHERE jurisdiction_id = $1', params: [record.jurisdiction.jurisdiction_id] })) as { known: boolean }[];
    for (const query of insertLocalReportQueries({ ...record, textLength: record.text.length, textSha256: await sha256Hex(record.text) }, known)) await run(query);
  });
  // Reports kept in an earlier visit join before the first answer; the derivation after it covers them.
  for (const record of await readLocalReports()) await add(record).catch((error) => console.error(`The local report ${record.report.report_id} could not be loaded.`, error));
  const local: LocalTables = {
    add: async (record) => {
      await add(record);
      await rederive();
    },
    remove: async (reportId) => {
      await exclusive(async () => {
        for (const query of deleteLocalReportQueries(reportId)) await run(query);
      });
      await rederive();
    },
  };
  const sqlConsole = openSqlConsole(db, () => {
    idle.touch();
    return loadFor({ sql: '', params: [], extras: ['mentions'] });
  });
  return { runner, derived, local, console: sqlConsole, onChange: (listener) => void changeListeners.push(listener) };
}
