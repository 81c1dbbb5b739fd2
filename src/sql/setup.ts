/** Tables the app loads, as published by the pipeline in public/data/<name>.arrow (or .parquet). */
export const appTables = ['indicators', 'jurisdictions', 'reports', 'observations'] as const;
export type AppTable = (typeof appTables)[number];

/** The published observations are loaded under this name; the app recomputes its derived rows. */
export const loadedName = (table: AppTable) => (table === 'observations' ? 'observations_published' : table);

/**
 * After loading: keep the reported rows and derive the rest with the pipeline's own SQL, so the
 * browser and the pipeline share one definition of every derived indicator.
 */
export const setupStatements = (derivedObservationsSql: string) => [
  `CREATE TABLE observations_reported AS SELECT * FROM observations_published WHERE method = 'reported'`,
  `CREATE TABLE observations AS ${derivedObservationsSql}`,
  `DROP TABLE observations_published`,
];
