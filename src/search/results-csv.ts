import { toCsv } from '../lib/csv';
import type { SearchResult } from './corpus';

/** Every result of a search as a table: the sentence as written, where it stands, what matched and the figures in it. */
export function searchResultsCsv(query: string, results: readonly SearchResult[], textOf: (id: string) => string): string {
  const header = ['query', 'report_id', 'sentence_start', 'sentence_end', 'sentence', 'matched', 'figures', 'indicator_ids'];
  const rows = results.map((r) => {
    const text = textOf(r.id);
    return [
      query,
      r.id,
      r.start,
      r.end,
      text.slice(r.start, r.end),
      r.hits.map((h) => text.slice(h.start, h.end)).join(';'),
      r.figures.map((f) => f.mention).join(';'),
      [...new Set(r.figures.flatMap((f) => f.indicator_ids))].join(';'),
    ];
  });
  return toCsv(header, rows);
}
