import type { z } from 'zod';

/** A problem in the inputs, named by file and row (or line) so that whoever edits the data can find it. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly where: string | null,
    detail: string,
  ) {
    super(`${file}${where === null ? '' : ` ${where}`}: ${detail}`);
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
    if (!parsed.success) throw new DataError(file, `row ${i + 1}`, describeIssues(parsed.error));
    return parsed.data;
  });
}

/** One JSON value a line, blank lines skipped; each validated and kept with its line number. */
export function parseLines<T>(file: string, text: string, schema: z.ZodType<T>): { line: string; entry: T }[] {
  return text.split('\n').flatMap((source, i) => {
    if (source.trim() === '') return [];
    const line = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      throw new DataError(file, line, `not valid JSON: ${(error as Error).message}`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new DataError(file, line, describeIssues(parsed.error));
    return [{ line, entry: parsed.data }];
  });
}
