/** Column types of the published tables, shared by the pipeline that writes them and the app that reads them. */
export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER';

export interface TableSpec {
  name: string;
  columns: readonly (readonly [string, ColumnType])[];
  orderBy: readonly string[];
}

const observationColumns = [
  ['observation_id', 'VARCHAR'],
  ['report_id', 'VARCHAR'],
  ['jurisdiction_id', 'VARCHAR'],
  ['year', 'INTEGER'],
  ['indicator_id', 'VARCHAR'],
  ['value', 'DOUBLE'],
  ['value_text', 'VARCHAR'],
  ['unit', 'VARCHAR'],
  ['qualifier', 'VARCHAR'],
  ['scope', 'VARCHAR'],
  ['method', 'VARCHAR'],
  ['derived_from', 'VARCHAR'],
  ['quote', 'VARCHAR'],
  ['quote_start', 'INTEGER'],
  ['quote_end', 'INTEGER'],
  ['flag', 'VARCHAR'],
  ['flag_note', 'VARCHAR'],
  ['curation_note', 'VARCHAR'],
] as const;

export const observationsTable = {
  name: 'observations',
  columns: observationColumns,
  orderBy: ['report_id', 'indicator_id', 'scope', 'method'],
} as const satisfies TableSpec;

/** The same columns, holding only reported rows: the input of the derived-observations SQL. */
export const reportedObservationsTable = { ...observationsTable, name: 'observations_reported' } as const satisfies TableSpec;

export const mentionsTable = {
  name: 'mentions',
  columns: [
    ['report_id', 'VARCHAR'],
    ['mention_start', 'INTEGER'],
    ['mention_end', 'INTEGER'],
    ['mention', 'VARCHAR'],
    ['value', 'DOUBLE'],
    ['value_high', 'DOUBLE'],
    ['unit_zh', 'VARCHAR'],
    ['qualifier', 'VARCHAR'],
    ['section', 'VARCHAR'],
    ['disposition', 'VARCHAR'],
    ['reason', 'VARCHAR'],
    ['observation_id', 'VARCHAR'],
    ['candidate_indicator_id', 'VARCHAR'],
    ['note', 'VARCHAR'],
    ['context', 'VARCHAR'],
  ],
  orderBy: ['report_id', 'mention_start'],
} as const satisfies TableSpec;

export const indicatorsTable = {
  name: 'indicators',
  columns: [
    ['indicator_id', 'VARCHAR'],
    ['name_zh', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['category', 'VARCHAR'],
    ['category_name_zh', 'VARCHAR'],
    ['category_name_en', 'VARCHAR'],
    ['unit', 'VARCHAR'],
    ['definition_zh', 'VARCHAR'],
    ['definition_en', 'VARCHAR'],
    ['comparability_en', 'VARCHAR'],
    ['derivation_op', 'VARCHAR'],
    ['derivation_a', 'VARCHAR'],
    ['derivation_b', 'VARCHAR'],
    ['formula', 'VARCHAR'],
  ],
  orderBy: ['category', 'indicator_id'],
} as const satisfies TableSpec;

export const jurisdictionsTable = {
  name: 'jurisdictions',
  columns: [
    ['jurisdiction_id', 'VARCHAR'],
    ['division_code', 'VARCHAR'],
    ['name_zh', 'VARCHAR'],
    ['name_en', 'VARCHAR'],
    ['admin_level', 'VARCHAR'],
    ['province_zh', 'VARCHAR'],
    ['province_en', 'VARCHAR'],
    ['parent_code', 'VARCHAR'],
    ['parent_name_zh', 'VARCHAR'],
  ],
  orderBy: ['jurisdiction_id'],
} as const satisfies TableSpec;

export const reportsTable = {
  name: 'reports',
  columns: [
    ['report_id', 'VARCHAR'],
    ['jurisdiction_id', 'VARCHAR'],
    ['year', 'INTEGER'],
    ['title_zh', 'VARCHAR'],
    ['reporting_body_zh', 'VARCHAR'],
    ['reporting_body_en', 'VARCHAR'],
    ['body_level', 'VARCHAR'],
    ['published_date', 'VARCHAR'],
    ['script', 'VARCHAR'],
    ['source_file', 'VARCHAR'],
    ['text_length', 'INTEGER'],
    ['text_sha256', 'VARCHAR'],
  ],
  orderBy: ['report_id'],
} as const satisfies TableSpec;

export const publishedTables = [observationsTable, mentionsTable, indicatorsTable, jurisdictionsTable, reportsTable] as const;

export type Row = Record<string, string | number | null>;

/** The table's definition, empty: for a table whose rows arrive later. */
export const createTableSql = (spec: TableSpec) => `CREATE OR REPLACE TABLE "${spec.name}" (${spec.columns.map(([name, type]) => `"${name}" ${type}`).join(', ')})`;
