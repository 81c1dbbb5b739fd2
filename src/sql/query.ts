import type { ExtraTable } from '../domain/manifest';
/** SQL text with positional parameters ($1, $2, …); values never enter the text. */
export interface Query {
  sql: string;
  params: (string | number | null)[];
  /** Whose observations the query reads, so that the browser fetches only those partitions first; absent, it reads them all. */
  reads?: Reads;
  /** Tables fetched only when a query asks for them (see the manifest's extras); a query that does not say reads none of them. */
  extras?: readonly ExtraTable[];
}

export type Reads = { indicators: readonly string[] } | { category: string | null };

/** For a query that reads no observation. */
export const readsNoObservations: Reads = { indicators: [] };

/** Which observations a view looks at; empty lists mean "all". Ids are matched, never spliced into SQL. */
export interface Filters {
  jurisdictions: readonly string[];
  years: readonly number[];
  method: 'all' | 'reported' | 'derived';
  scope: string;
}

/** No filter at all: every jurisdiction, year, method and scope. */
export const allFilters: Filters = { jurisdictions: [], years: [], method: 'all', scope: 'all' };

/** A list travels as one comma-joined parameter and is split inside DuckDB. */
export const listParam = (values: readonly (string | number)[]) => values.join(',');

/**
 * The jurisdiction × year cells a view shows: the picked jurisdictions (all when none) times the
 * picked years (every reported year when none). Uses $1 (jurisdictions) and $2 (years).
 */
export const pickedCellsSql = `
  picked_jurisdictions AS (
    SELECT jurisdiction_id, name_zh, name_en FROM jurisdictions
    WHERE $1 = '' OR list_contains(string_split($1, ','), jurisdiction_id)
  ),
  picked_years AS (
    SELECT DISTINCT year FROM reports
    WHERE $2 = '' OR list_contains(string_split($2, ','), CAST(year AS VARCHAR))
  ),
  report_counts AS (
    SELECT jurisdiction_id, year, CAST(count(*) AS INTEGER) AS reports FROM reports
    WHERE jurisdiction_id IN (SELECT jurisdiction_id FROM picked_jurisdictions) GROUP BY ALL
  )`;

/** Observations passing the method ($3) and scope ($4) filters, of the picked places and years: so the rest is never ranked or joined. */
export const filteredObservationsSql = `
  filtered AS (
    SELECT * FROM observations
    WHERE ($3 = 'all' OR method = $3) AND ($4 = 'all' OR scope = $4)
      AND jurisdiction_id IN (SELECT jurisdiction_id FROM picked_jurisdictions)
      AND year IN (SELECT year FROM picked_years)
  )`;

export const filterParams = (f: Filters): (string | number)[] => [listParam(f.jurisdictions), listParam(f.years), f.method, f.scope];

/** The one door to a database: the browser's DuckDB-WASM and Node's DuckDB both implement it. */
export interface QueryRunner {
  query<T>(query: Query, parse: (rows: unknown[]) => T[]): Promise<T[]>;
}
