/** Tables the app loads whole at start, as published by the pipeline in public/data/<name>.arrow (or .parquet), under their own names. */
export const appTables = ['indicators', 'jurisdictions', 'reports'] as const;
export type AppTable = (typeof appTables)[number];

/** The list of what the browser may fetch, under data/. */
export const manifestFile = 'manifest.json';

/** A derivation family's observations, named by its first indicator, under data/; fetched the first time a view reads them. */
export const partitionFile = (firstIndicator: string) => `parts/observations-${firstIndicator}.arrow`;

/**
 * The published observations already hold the derived rows, computed by the pipeline with the same
 * SQL, so the first query need not wait. The app then derives them itself into a table of their own …
 */
const derivationStatements = (derivedObservationsSql: string, table: string) => [
  `CREATE OR REPLACE TABLE observations_reported AS SELECT * FROM ${table} WHERE method = 'reported'`,
  `CREATE OR REPLACE TABLE observations_derived AS ${derivedObservationsSql}`,
];

/** … counts the rows in which its own derivation and the published rows differ … */
const derivationDifferencesSql = (table: string) => `
  SELECT CAST(count(*) AS INTEGER) AS differing FROM (
    (FROM ${table} EXCEPT ALL FROM observations_derived)
    UNION ALL
    (FROM observations_derived EXCEPT ALL FROM ${table})
  )`;

/** … and puts its own rows in place, in one transaction so that no query sees the table missing. */
const adoptDerivationSql = `
  BEGIN TRANSACTION;
  DROP TABLE observations;
  ALTER TABLE observations_derived RENAME TO observations;
  COMMIT;`;

async function derive(run: (sql: string) => Promise<unknown[]>, derivedObservationsSql: string, table: string): Promise<number> {
  for (const statement of derivationStatements(derivedObservationsSql, table)) await run(statement);
  const [row] = (await run(derivationDifferencesSql(table))) as { differing: number }[];
  return row.differing;
}

/**
 * Derive, compare, adopt: returns how many rows of the published table the app's own derivation
 * changed (0 unless the published table is stale against the SQL). `run` executes one SQL text.
 */
export async function deriveObservations(run: (sql: string) => Promise<unknown[]>, derivedObservationsSql: string): Promise<number> {
  const differing = await derive(run, derivedObservationsSql, 'observations');
  await run(adoptDerivationSql);
  return differing;
}

/**
 * The same for a partition loaded after the first derivation, kept as `staged` beside the rows it
 * added: a derivation family holds its own inputs, so it is derived alone and its rows swapped for
 * the app's in one transaction, at a cost that follows the partition, not all that is loaded.
 */
export async function derivePartition(run: (sql: string) => Promise<unknown[]>, derivedObservationsSql: string, staged: string): Promise<number> {
  const differing = await derive(run, derivedObservationsSql, staged);
  await run(`
  BEGIN TRANSACTION;
  DELETE FROM observations WHERE observation_id IN (SELECT observation_id FROM ${staged});
  INSERT INTO observations BY NAME SELECT * FROM observations_derived;
  COMMIT;
  DROP TABLE observations_derived;
  DROP TABLE ${staged};`);
  return differing;
}
