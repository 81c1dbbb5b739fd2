import type { z } from 'zod';

/** A problem in the inputs, named by file and row so that whoever edits the data can find it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    detail: string,
  ) {
    super(`${file}${row === null ? '' : ` row ${row}`}: ${detail}`);
    this.name = 'DataError';
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`).join('; ');
}

/** Validate every row of a list; rows are numbered from 1 as a person counts them. */
export function parseRows<T>(file: string, rows: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(rows)) throw new DataError(file, null, 'expected a list of rows');
  return rows.map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new DataError(file, i + 1, describeIssues(parsed.error));
    return parsed.data;
  });
}
