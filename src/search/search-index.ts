import { toMatchText } from '../extract/normalize';

/** A text to search, under the id its hits name. */
export interface SearchText {
  id: string;
  text: string;
}

/** A match, by UTF-16 offsets into the original text. */
export interface SearchHit {
  id: string;
  start: number;
  end: number;
}

interface Indexed {
  id: string;
  /** Simplified, half-width, Latin lower-cased: the same length as the original, so offsets carry over. */
  normal: string;
}

export interface SearchIndex {
  texts: Indexed[];
  /** Each character bigram's places, as text number × stride + offset. */
  postings: Map<string, number[]>;
}

const stride = 10_000_000;
const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Text and query alike: traditional to simplified (phrase conversion, or one character at a time where a
 * phrase would change the length), full-width forms folded, Latin letters lower-cased; one code unit each.
 */
export function normalizeForSearch(text: string): string {
  const normal = lowerAscii(toMatchText(text, 'traditional'));
  // toMatchText keeps the length; were it ever not to, the text is searched as written rather than at wrong offsets.
  return normal.length === text.length ? normal : lowerAscii(text);
}

/** Chinese has no spaces between words: every pair of adjacent characters is indexed, once per place. */
export function buildSearchIndex(texts: readonly SearchText[]): SearchIndex {
  const indexed = texts.map(({ id, text }) => ({ id, normal: normalizeForSearch(text) }));
  const postings = new Map<string, number[]>();
  indexed.forEach(({ normal }, n) => {
    if (normal.length >= stride) throw new Error(`a text of ${normal.length} characters is too long to index`);
    for (let at = 0; at + 1 < normal.length; at++) {
      const bigram = normal.slice(at, at + 2);
      const list = postings.get(bigram);
      if (list) list.push(n * stride + at);
      else postings.set(bigram, [n * stride + at]);
    }
  });
  return { texts: indexed, postings };
}

function scan(index: SearchIndex, needle: string): SearchHit[] {
  return index.texts.flatMap(({ id, normal }) => {
    const hits: SearchHit[] = [];
    for (let at = normal.indexOf(needle); at !== -1; at = normal.indexOf(needle, at + 1)) hits.push({ id, start: at, end: at + needle.length });
    return hits;
  });
}

/**
 * Every place the query stands in the texts, in text order: a place must hold all of the query's bigrams
 * one after another (the rarest one gives the candidates), and is then compared whole, so nothing else matches.
 */
export function searchIndex(index: SearchIndex, query: string): SearchHit[] {
  const needle = normalizeForSearch(query.trim());
  if (needle.length === 0) return [];
  if (needle.length === 1) return scan(index, needle);
  const bigrams = Array.from({ length: needle.length - 1 }, (_, k) => ({ k, places: index.postings.get(needle.slice(k, k + 2)) ?? [] }));
  const rarest = bigrams.reduce((a, b) => (b.places.length < a.places.length ? b : a));
  const hits: SearchHit[] = [];
  for (const place of rarest.places) {
    const n = Math.floor(place / stride);
    const start = (place % stride) - rarest.k;
    const { id, normal } = index.texts[n];
    if (start >= 0 && normal.startsWith(needle, start)) hits.push({ id, start, end: start + needle.length });
  }
  return hits;
}
