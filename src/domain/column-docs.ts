import { z } from 'zod';
import docsFile from './column-docs.json';
import type { publishedTables } from './tables';

/** What a published column holds, in both languages. */
export const columnDocSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type ColumnDoc = z.infer<typeof columnDocSchema>;

type TableName = (typeof publishedTables)[number]['name'];

/**
 * One comment per column of every published table (column-docs.json, keyed by table and column),
 * for the SQL console's schema panel and anyone reading the tables; tests/unit/column-docs.test.ts holds it to the tables.
 */
export const columnDocs = z.record(z.string(), z.record(z.string(), columnDocSchema)).parse(docsFile) as Record<TableName, Record<string, ColumnDoc>>;
