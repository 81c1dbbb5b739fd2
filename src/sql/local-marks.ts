/**
 * Reports added in this browser and not published: their ids, which every view reads to mark
 * their values "added locally". Created empty wherever the app's tables are loaded.
 */
export const localReportsTableSql = 'CREATE TABLE IF NOT EXISTS local_reports (report_id VARCHAR PRIMARY KEY)';

/** `is_local` for a row whose report is `alias`.report_id. */
export const isLocalSql = (alias: string) => `${alias}.report_id IN (SELECT report_id FROM local_reports)`;
