/**
 * The page scale-aggregates.ts bundles: it loads the published tables into DuckDB-WASM and into
 * Arquero from the same Arrow IPC streams, times five aggregates on each engine and leaves the
 * figures in `window.__aggregates` (or `{ error }`). `?runs=N` sets the timed runs after one warm-up.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { tableFromIPC } from 'apache-arrow';
import * as aq from 'arquero';
import type { AggregateFigure, AggregateResult } from './scale-aggregates';
import type { Manifest } from '../../src/domain/manifest';
import { countyLevels } from '../../src/state/place-groups';
import { median } from './stats';

type Row = Record<string, unknown>;
type Tables = Map<string, aq.ColumnTable>;

const countyLevelsSql = countyLevels.map((level) => `'${level}'`).join(', ');
const trendYears = 10;

async function fetchData(file: string): Promise<Response> {
  const response = await fetch(`data/${file}`);
  if (!response.ok) throw new Error(`data/${file}: HTTP ${response.status}`);
  return response;
}

const fetchBytes = async (file: string) => new Uint8Array(await (await fetchData(file)).arrayBuffer());

/** The package's own worker and wasm files, served under duckdb/ as on the bare page. */
async function connectDuckdb(): Promise<duckdb.AsyncDuckDBConnection> {
  const base = new URL('./duckdb/', location.href).href;
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: `${base}duckdb-mvp.wasm`, mainWorker: `${base}duckdb-browser-mvp.worker.js` },
    eh: { mainModule: `${base}duckdb-eh.wasm`, mainWorker: `${base}duckdb-browser-eh.worker.js` },
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  return db.connect();
}

/**
 * One table into both engines from the same streams (the partitions share one schema). DuckDB gets
 * copies: posting a stream to its worker detaches the buffer, which Arquero's Arrow columns still read.
 * Arquero reads the Arrow columns in place, as fromArrow gives them; neither engine drops a column.
 */
async function loadTable(connection: duckdb.AsyncDuckDBConnection, name: string, streams: Uint8Array[]): Promise<aq.ColumnTable> {
  for (const [i, bytes] of streams.entries()) await connection.insertArrowFromIPCStream(bytes.slice(), { name, create: i === 0 });
  const arrow = streams.map((bytes) => tableFromIPC(bytes)).reduce((all, part) => all.concat(part));
  return aq.fromArrow(arrow as unknown as Parameters<typeof aq.fromArrow>[0]);
}

async function loadAll(connection: duckdb.AsyncDuckDBConnection): Promise<Tables> {
  const manifest = (await (await fetchData('manifest.json')).json()) as Manifest;
  const files = manifest.tables.map((t): [string, string[]] => [t.table, [t.file]]);
  files.push(['observations', manifest.partitions.map((p) => p.file)]);
  const tables: Tables = new Map();
  for (const [name, names] of files) tables.set(name, await loadTable(connection, name, await Promise.all(names.map(fetchBytes))));
  return tables;
}

async function firstRow(connection: duckdb.AsyncDuckDBConnection, sql: string): Promise<Row | undefined> {
  return (await connection.query(sql)).toArray()[0]?.toJSON();
}

/** What the aggregates are about, chosen once (untimed) from the data, the same for both engines. */
interface Picks {
  indicator: string;
  year: number;
  lastYear: number;
  /** None where no county-level place has its parent listed (the bundled sample): an empty trend. */
  province: string | null;
  pair: [string, string];
}

async function pick(connection: duckdb.AsyncDuckDBConnection): Promise<Picks> {
  const top = await firstRow(
    connection,
    `SELECT indicator_id, year, (SELECT max(year) FROM observations) AS last_year FROM observations
     WHERE method = 'reported' GROUP BY indicator_id, year ORDER BY count(*) DESC, indicator_id, year LIMIT 1`,
  );
  const province = await firstRow(
    connection,
    `SELECT CASE WHEN p.admin_level = 'province' THEN p.division_code ELSE p.parent_code END AS province
     FROM jurisdictions c JOIN jurisdictions p ON p.division_code = c.parent_code
     WHERE c.admin_level IN (${countyLevelsSql}) GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
  );
  // The category whose second most reported indicator is reported most: the pair shares most places and years.
  const pair = await firstRow(
    connection,
    `WITH counts AS (
       SELECT indicator_id, category, count(*) AS n FROM observations JOIN indicators USING (indicator_id)
       WHERE method = 'reported' GROUP BY ALL),
     ranked AS (SELECT *, row_number() OVER (PARTITION BY category ORDER BY n DESC, indicator_id) AS r FROM counts)
     SELECT a.indicator_id AS a, b.indicator_id AS b FROM ranked a JOIN ranked b ON a.category = b.category AND a.r = 1 AND b.r = 2
     ORDER BY b.n DESC, a.category LIMIT 1`,
  );
  if (!top || !pair) throw new Error('the observations hold no reported indicator, or no category with two');
  return {
    indicator: String(top.indicator_id),
    year: Number(top.year),
    lastYear: Number(top.last_year),
    province: province ? String(province.province) : null,
    pair: [String(pair.a), String(pair.b)],
  };
}

/**
 * The rule both engines apply before comparing places: reported rows only, and one per indicator,
 * place and year (a place may state a figure for several scopes), the one with the smallest
 * observation_id. Ids are ASCII slugs, so DuckDB's byte order and JavaScript's code-unit order agree.
 */
const reportedSql = (where: string) => `SELECT jurisdiction_id, year, value FROM observations
  WHERE method = 'reported' AND ${where}
  QUALIFY row_number() OVER (PARTITION BY indicator_id, jurisdiction_id, year ORDER BY observation_id) = 1`;

function reportedAq(observations: aq.ColumnTable, where: string, params: Row): aq.ColumnTable {
  return observations
    .params(params)
    .filter(`(d, $) => d.method === 'reported' && ${where}`)
    .select('observation_id', 'indicator_id', 'jurisdiction_id', 'year', 'value')
    .orderby('observation_id')
    .dedupe('indicator_id', 'jurisdiction_id', 'year')
    .select('jurisdiction_id', 'year', 'value');
}

/** One aggregate in both engines' terms: DuckDB's SQL and parameters, Arquero's verbs. */
interface Aggregate {
  name: string;
  detail: string;
  columns: string[];
  sql: string;
  params: unknown[];
  arquero: () => aq.ColumnTable;
}

function aggregates(tables: Tables, picks: Picks): Aggregate[] {
  const observations = tables.get('observations')!;
  const jurisdictions = tables.get('jurisdictions')!;
  const { indicator, year, lastYear, province, pair } = picks;
  const firstYear = lastYear - trendYears + 1;
  const ofIndicator = 'd.indicator_id === $.indicator';
  return [
    {
      name: 'rank of all places',
      detail: `${indicator} ${year}`,
      columns: ['jurisdiction_id', 'value', 'rank'],
      sql: `SELECT jurisdiction_id, value, CAST(row_number() OVER (ORDER BY value DESC, jurisdiction_id) AS INTEGER) AS rank
        FROM (${reportedSql('indicator_id = ? AND year = ?')}) ORDER BY rank`,
      params: [indicator, year],
      arquero: () =>
        reportedAq(observations, `${ofIndicator} && d.year === $.year`, { indicator, year })
          .orderby(aq.desc('value'), 'jurisdiction_id')
          .derive({ rank: 'row_number()' })
          .select('jurisdiction_id', 'value', 'rank'),
    },
    {
      name: 'year-over-year change',
      detail: indicator,
      columns: ['jurisdiction_id', 'year', 'value', 'change'],
      // The change is against the year before; after a gap there is none.
      sql: `SELECT jurisdiction_id, year, value, CASE WHEN lag(year) OVER w = year - 1 THEN value - lag(value) OVER w END AS change
        FROM (${reportedSql('indicator_id = ?')}) WINDOW w AS (PARTITION BY jurisdiction_id ORDER BY year)`,
      params: [indicator],
      arquero: () =>
        reportedAq(observations, ofIndicator, { indicator })
          .groupby('jurisdiction_id')
          .orderby('year')
          .derive({ change: '(d) => op.lag(d.year) === d.year - 1 ? d.value - op.lag(d.value) : null' })
          .ungroup()
          .select('jurisdiction_id', 'year', 'value', 'change'),
    },
    {
      name: `${trendYears}-year trend of a province's counties`,
      detail: `${indicator}, province ${province ?? 'none'}, ${firstYear}-${lastYear}`,
      columns: ['jurisdiction_id', 'year', 'value'],
      // A county's parent is the province, or a prefecture whose parent is the province.
      sql: `SELECT jurisdiction_id, year, value FROM (${reportedSql('indicator_id = ? AND year BETWEEN ? AND ?')})
        WHERE jurisdiction_id IN (
          SELECT c.jurisdiction_id FROM jurisdictions c LEFT JOIN jurisdictions p ON p.division_code = c.parent_code
          WHERE c.admin_level IN (${countyLevelsSql}) AND (c.parent_code = ? OR p.parent_code = ?))`,
      params: [indicator, firstYear, lastYear, province, province],
      arquero: () => {
        const parents = jurisdictions.select({ division_code: 'parent_key', parent_code: 'grandparent_code' });
        const counties = jurisdictions
          .params({ countyLevels })
          .filter('(d, $) => op.includes($.countyLevels, d.admin_level)')
          .join_left(parents, ['parent_code', 'parent_key'])
          .params({ province })
          .filter('(d, $) => d.parent_code === $.province || d.grandparent_code === $.province');
        return reportedAq(observations, `${ofIndicator} && d.year >= $.firstYear && d.year <= $.lastYear`, { indicator, firstYear, lastYear })
          .semijoin(counties, 'jurisdiction_id');
      },
    },
    {
      name: 'coverage per place',
      detail: 'all observations',
      columns: ['jurisdiction_id', 'observations', 'indicators'],
      sql: `SELECT jurisdiction_id, CAST(count(*) AS INTEGER) AS observations, CAST(count(DISTINCT indicator_id) AS INTEGER) AS indicators
        FROM observations GROUP BY jurisdiction_id`,
      params: [],
      arquero: () => observations.groupby('jurisdiction_id').rollup({ observations: 'count()', indicators: 'distinct(d.indicator_id)' }),
    },
    {
      name: 'two-indicator join',
      detail: pair.join(' × '),
      columns: ['jurisdiction_id', 'year', 'value_a', 'value_b'],
      sql: `SELECT a.jurisdiction_id, a.year, a.value AS value_a, b.value AS value_b
        FROM (${reportedSql('indicator_id = ?')}) a JOIN (${reportedSql('indicator_id = ?')}) b USING (jurisdiction_id, year)`,
      params: pair,
      arquero: () => {
        const side = (indicator: string, value: string) => reportedAq(observations, ofIndicator, { indicator }).rename({ value });
        const keys = ['jurisdiction_id', 'year'];
        return side(pair[0], 'value_a').join(side(pair[1], 'value_b'), [keys, keys]);
      },
    },
  ];
}

/** One warm-up, then `runs` timed runs: their median, and the last run's rows. */
async function time(run: () => Row[] | Promise<Row[]>, runs: number): Promise<{ ms: number; rows: Row[] }> {
  let rows = await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    rows = await run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), rows };
}

/** Rows as sorted strings, numbers to 6 decimals, so that row order and float noise do not count. */
const canonical = (rows: Row[], columns: string[]) =>
  rows.map((row) => JSON.stringify(columns.map((c) => (typeof row[c] === 'number' ? (row[c] as number).toFixed(6) : row[c])))).sort();

function difference(duck: string[], arquero: string[]): string | null {
  if (duck.length !== arquero.length) return `${duck.length} rows in DuckDB, ${arquero.length} in Arquero`;
  const i = duck.findIndex((row, k) => row !== arquero[k]);
  return i < 0 ? null : `first difference: DuckDB ${duck[i]}, Arquero ${arquero[i]}`;
}

/**
 * Both times include materialising the result as JavaScript rows (DuckDB: prepared query and
 * toArray on the Arrow answer, worker round trip included; Arquero: the verbs and objects()), which
 * is what a page would pay either way.
 */
async function measure(connection: duckdb.AsyncDuckDBConnection, aggregate: Aggregate, runs: number): Promise<AggregateFigure> {
  const statement = await connection.prepare(aggregate.sql);
  const duck = await time(async () => (await statement.query(...aggregate.params)).toArray() as Row[], runs);
  await statement.close();
  const arquero = await time(() => aggregate.arquero().objects() as Row[], runs);
  const mismatch = difference(canonical(duck.rows, aggregate.columns), canonical(arquero.rows, aggregate.columns));
  return {
    name: aggregate.name,
    duckdbMs: duck.ms,
    arqueroMs: arquero.ms,
    speedup: arquero.ms / duck.ms,
    rows: duck.rows.length,
    sameResults: mismatch === null,
    detail: mismatch ? `${aggregate.detail}; ${mismatch}` : aggregate.detail,
  };
}

async function run(): Promise<AggregateResult> {
  const runs = Number(new URLSearchParams(location.search).get('runs'));
  const connection = await connectDuckdb();
  const tables = await loadAll(connection);
  const loadedRows = Number((await firstRow(connection, 'SELECT count(*) AS n FROM observations'))?.n);
  if (loadedRows !== tables.get('observations')!.numRows()) throw new Error(`DuckDB holds ${loadedRows} observations, Arquero ${tables.get('observations')!.numRows()}`);
  const figures: AggregateFigure[] = [];
  for (const aggregate of aggregates(tables, await pick(connection))) figures.push(await measure(connection, aggregate, runs));
  return { loadedRows, figures };
}

run().then(
  (result) => Object.assign(window, { __aggregates: result }),
  (error: unknown) => Object.assign(window, { __aggregates: { error: String((error as Error)?.message ?? error) } }),
);
