import type { SearchHit } from './search-index';

/** A sentence of a text holding one or more hits. */
export interface HitSentence {
  id: string;
  start: number;
  end: number;
  /** The hits' spans, in text order. */
  hits: { start: number; end: number }[];
}

const sentenceEnd = /[。！？；!?;\n]/;

/** The sentence around [start, end): from after the stop before it to its own stop (kept), line breaks left out. */
export function sentenceAt(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !sentenceEnd.test(text[from - 1])) from--;
  let to = Math.max(end, start);
  while (to < text.length && !sentenceEnd.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { start: from, end: to };
}

/** Hits grouped by the sentence they fall in, sentences in the order of the hits. */
export function sentencesOf(hits: readonly SearchHit[], textOf: (id: string) => string): HitSentence[] {
  const sentences = new Map<string, HitSentence>();
  for (const hit of hits) {
    const span = sentenceAt(textOf(hit.id), hit.start, hit.end);
    const key = `${hit.id}|${span.start}`;
    const sentence = sentences.get(key) ?? { id: hit.id, ...span, hits: [] };
    sentence.hits.push({ start: hit.start, end: hit.end });
    sentence.end = Math.max(sentence.end, span.end);
    sentences.set(key, sentence);
  }
  return [...sentences.values()];
}
