/** Tables the app loads whole at start, as published by the pipeline in public/data/<name>.arrow (or .parquet), under their own names. */
export const appTables = ['indicators', 'jurisdictions', 'reports'] as const;
export type AppTable = (typeof appTables)[number];

/** The list of what the browser may fetch, under data/. */
export const manifestFile = 'manifest.json';

/** A category's observations of one year, under data/; fetched the first time a view reads them. */
export const partitionFile = (category: string, year: number) => `parts/observations-${category}-${year}.arrow`;

/**
 * The published observations already hold the derived rows, computed by the pipeline with the same
 * SQL, so the first query need not wait. The app then derives them itself into a table of their own …
 */
const derivationStatements = (derivedObservationsSql: string) => [
  `CREATE OR REPLACE TABLE observations_reported AS SELECT * FROM observations WHERE method = 'reported'`,
  `CREATE OR REPLACE TABLE observations_derived AS ${derivedObservationsSql}`,
];

/** … counts the rows in which its own derivation and the published table differ … */
const derivationDifferencesSql = `
  SELECT CAST(count(*) AS INTEGER) AS differing FROM (
    (FROM observations EXCEPT ALL FROM observations_derived)
    UNION ALL
    (FROM observations_derived EXCEPT ALL FROM observations)
  )`;

/** … and puts its own rows in place, in one transaction so that no query sees the table missing. */
const adoptDerivationSql = `
  BEGIN TRANSACTION;
  DROP TABLE observations;
  ALTER TABLE observations_derived RENAME TO observations;
  COMMIT;`;

/**
 * Derive, compare, adopt: returns how many rows of the published table the app's own derivation
 * changed (0 unless the published table is stale against the SQL). `run` executes one SQL text.
 */
export async function deriveObservations(run: (sql: string) => Promise<unknown[]>, derivedObservationsSql: string): Promise<number> {
  for (const statement of derivationStatements(derivedObservationsSql)) await run(statement);
  const [row] = (await run(derivationDifferencesSql)) as { differing: number }[];
  await run(adoptDerivationSql);
  return row.differing;
}
