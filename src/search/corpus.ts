import { buildSearchIndex, searchIndex, type SearchIndex } from './search-index';
import { sentencesOf, type HitSentence } from './sentences';

/** A claimed number of a report: where it stands and the indicators it is a figure of. */
export interface Figure {
  report_id: string;
  mention_start: number;
  mention_end: number;
  mention: string;
  indicator_ids: string[];
}

/** The reports' texts, their index, and their figures by report in text order. */
export interface SearchCorpus {
  texts: Map<string, string>;
  index: SearchIndex;
  figures: Map<string, Figure[]>;
}

export function buildCorpus(texts: Map<string, string>, figures: readonly Figure[]): SearchCorpus {
  const byReport = new Map<string, Figure[]>();
  for (const figure of figures.toSorted((a, b) => a.mention_start - b.mention_start)) byReport.set(figure.report_id, [...(byReport.get(figure.report_id) ?? []), figure]);
  return { texts, index: buildSearchIndex([...texts].map(([id, text]) => ({ id, text }))), figures: byReport };
}

export interface SearchResult extends HitSentence {
  figures: Figure[];
}

/** Every sentence holding the query, with the figures that stand in it, and how many sentences each report has. */
export function searchCorpus(corpus: SearchCorpus, query: string): { results: SearchResult[]; perReport: Map<string, number> } {
  const sentences = sentencesOf(searchIndex(corpus.index, query), (id) => corpus.texts.get(id)!);
  const perReport = new Map<string, number>();
  const results = sentences.map((s) => {
    perReport.set(s.id, (perReport.get(s.id) ?? 0) + 1);
    return { ...s, figures: (corpus.figures.get(s.id) ?? []).filter((f) => f.mention_start >= s.start && f.mention_end <= s.end) };
  });
  return { results, perReport };
}
