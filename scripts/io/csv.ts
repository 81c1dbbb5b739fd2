import type { Row, TableSpec } from '../../src/domain/tables';

const needsQuotes = /[",\r\n]/;

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header; an empty field is a missing value (no column holds empty strings). */
export function toCsv(spec: TableSpec, rows: readonly Row[]): string {
  const names = spec.columns.map(([name]) => name);
  const lines = [names.join(','), ...rows.map((row) => names.map((n) => field(row[n])).join(','))];
  return `${lines.join('\n')}\n`;
}
