import type { LexiconEntry } from '../domain/rules';
import type { Frame } from './frames';

type Finder = (text: string) => { index: number; length: number } | null;

interface Word {
  word: string;
  find: Finder;
}

interface CompiledEntry {
  order: number;
  indicatorId: string;
  terms: Word[];
  keys: Word[];
  not: Finder[];
  before: boolean;
  /** The first two characters of each concept word: an entry none of whose words can stand near a number is skipped at once. */
  openings: string[];
}

/** The entries in lexicon order, and by counting word, since a number's counting word rules out most entries at once. */
export interface CompiledLexicon {
  entries: CompiledEntry[];
  byUnit: Map<string, CompiledEntry[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The last occurrence of a word in a text; `…` matches a gap of up to eight characters within a clause. */
function finder(word: string): Finder {
  if (!word.includes('…')) {
    return (text) => {
      const index = text.lastIndexOf(word);
      return index < 0 ? null : { index, length: word.length };
    };
  }
  const pattern = new RegExp(word.split('…').map(escape).join('[^,，;；。]{0,8}?'), 'gu');
  return (text) => {
    let last: { index: number; length: number } | null = null;
    for (const m of text.matchAll(pattern)) last = { index: m.index, length: m[0].length };
    return last;
  };
}

const compileWords = (words: string[] = []): Word[] => words.map((word) => ({ word, find: finder(word) }));

export function compileLexicon(lexicon: LexiconEntry[]): CompiledLexicon {
  const entries = lexicon.map((e, order) => ({
    order,
    indicatorId: e.indicator_id,
    terms: compileWords(e.terms),
    keys: compileWords(e.keys),
    not: (e.not ?? []).map(finder),
    before: e.role === 'before',
    openings: [...new Set(e.terms.map((t) => t.slice(0, 2)))],
  }));
  const byUnit = new Map<string, CompiledEntry[]>();
  lexicon.forEach((e, order) => {
    for (const unit of new Set(e.units)) byUnit.set(unit, [...(byUnit.get(unit) ?? []), entries[order]]);
  });
  return { entries, byUnit };
}

interface Hit {
  /** The text the word matched. */
  text: string;
  /** Characters between the word and the number: 0 when the word ends right before it. */
  distance: number;
  /** Where the word stands in the lead, or -1 elsewhere. */
  leadIndex: number;
}

const blank = (text: string, from: number, length: number) =>
  from < 0 ? text : text.slice(0, from) + ' '.repeat(length) + text.slice(from + length);

function nearest(a: Hit | null, b: Hit | null): Hit | null {
  if (!a || !b) return a ?? b;
  return b.distance < a.distance || (b.distance === a.distance && b.text.length > a.text.length) ? b : a;
}

/** The word nearest the number: before it in its clause, right after its counting word, or (for verbs) in the clause it continues. */
function localHit(words: Word[], frame: Frame, lead: string, withShared: boolean): Hit | null {
  let best: Hit | null = null;
  for (const { find } of words) {
    const inLead = find(lead);
    const inTail = find(frame.tail);
    const inShared = withShared ? find(frame.shared) : null;
    const hit = inLead
      ? { text: lead.slice(inLead.index, inLead.index + inLead.length), distance: lead.length - inLead.index - inLead.length, leadIndex: inLead.index }
      : inTail
        ? { text: frame.tail.slice(inTail.index, inTail.index + inTail.length), distance: inTail.index + 1, leadIndex: -1 }
        : inShared && { text: frame.shared.slice(inShared.index, inShared.index + inShared.length), distance: lead.length + frame.shared.length - inShared.index, leadIndex: -1 };
    best = nearest(best, hit);
  }
  return best;
}

/** A clause this short names no subject of its own (依法受理N件, 成功率为N%): it takes the sentence's. */
const maxLeadToInherit = 6;
/** Words that say when or how much, not what: 全年共办理案件 has 办理案件 of its own. */
const fillers = /^[\s、和及与]*(全年|今年|当年|共计|共|累计|依法|先后|同时|另有|另|还)*/u;
const ownLength = (lead: string) => lead.replace(fillers, '').trim().length;
/** A concept word found only inside the outcome word (调解 in 调解成功率) names the measure, not its subject. */
const insideKeyOnly = 1000;

interface Concept {
  /** 0 in the number's own clause; k when inherited from the k-th earlier clause; insideKeyOnly last. */
  place: number;
  term: Hit;
  found: string[];
}

/** The text each of the entry's concept words matched in the given parts. */
function foundIn(entry: CompiledEntry, parts: string[]): string[] {
  return entry.terms.flatMap(({ find }) =>
    parts.flatMap((part) => {
      const hit = find(part);
      return hit ? [part.slice(hit.index, hit.index + hit.length)] : [];
    }),
  );
}

function conceptOf(entry: CompiledEntry, frame: Frame, earlier: string[], key: Hit | null): Concept | null {
  const lead = key && key.leadIndex >= 0 ? blank(frame.lead, key.leadIndex, key.text.length) : frame.lead;
  const local = localHit(entry.terms, frame, lead, false);
  if (local) return { place: 0, term: local, found: foundIn(entry, [lead, frame.tail]) };
  // 其中… counts a part of what the clause before counted: it takes that clause's subject whatever its length.
  if (ownLength(lead) <= maxLeadToInherit || /^\s*其中/u.test(lead)) {
    for (const [k, part] of earlier.entries()) {
      const found = foundIn(entry, [part]);
      if (found.length > 0) return { place: k + 1, term: { text: found[0], distance: Infinity, leadIndex: -1 }, found };
    }
  }
  const inKey = localHit(entry.terms, frame, frame.lead, false);
  return inKey && { place: insideKeyOnly, term: inKey, found: foundIn(entry, [frame.lead]) };
}

interface Candidate extends Concept {
  entry: CompiledEntry;
  key: Hit | null;
}

function candidateFor(entry: CompiledEntry, frame: Frame, earlier: string[], lent: number): Candidate | null {
  if (entry.before !== (frame.role === 'before')) return null;
  if (entry.not.some((find) => find(frame.lead) || find(frame.tail))) return null;
  const key = entry.keys.length > 0 ? localHit(entry.keys, frame, frame.lead, true) : null;
  if (entry.keys.length > 0 && !key) return null;
  const concept = conceptOf(entry, frame, earlier, key);
  if (!concept) return null;
  // A subject inherited from an earlier clause brings its words: one that says 清理 or 制定 vetoes as the
  // number's own words would. (`lent` parts at the front are the sentence's subject so far, not text.)
  const source = concept.place > lent && concept.place < insideKeyOnly ? earlier[concept.place - 1] : '';
  if (source && entry.not.some((find) => find(source))) return null;
  return { entry, key, ...concept };
}

/**
 * A candidate whose concept text lies inside another's (调解 in 行政调解), found no nearer, yields to
 * the more specific one, unless it found that same text too.
 */
function isSubsumed(c: Candidate, all: Candidate[]): boolean {
  return all.some(
    (d) =>
      d !== c &&
      d.place <= c.place &&
      d.found.some((wide) => c.found.some((narrow) => wide !== narrow && wide.includes(narrow))) &&
      !c.found.some((mine) => d.found.some((theirs) => mine.includes(theirs))),
  );
}

/** A concept word that itself names a list (不予行政处罚事项、从轻…) counts the list's total. */
const namesList = (c: Candidate) => /[、和及与]/u.test(c.term.text);

/**
 * When several indicators could claim a number, the choice is made in this order, each step only
 * breaking the ties of the one before: the more specific concept text (a filter before ranking);
 * a concept in the number's own clause over one inherited from an earlier clause, and a nearer
 * earlier clause over a farther; a concept that names a whole list; an entry whose outcome word was
 * found over one with none; the outcome word nearest the number, then the longer; the concept word
 * nearest the number, then the longer; and last the entry's place in the lexicon. Every step
 * compares data, so the same text always gives the same indicator.
 */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.place - b.place ||
    Number(namesList(b)) - Number(namesList(a)) ||
    Number(b.key !== null) - Number(a.key !== null) ||
    (a.key && b.key ? a.key.distance - b.key.distance || b.key.text.length - a.key.text.length : 0) ||
    (a.term.distance === b.term.distance ? 0 : a.term.distance - b.term.distance) ||
    b.term.text.length - a.term.text.length ||
    a.entry.order - b.entry.order
  );
}

const listPartOf = (lead: string, index: number) => (index < 0 ? -1 : lead.slice(0, index).split('、').length);

export interface Match {
  indicatorId: string | null;
  /** Another indicator whose concept is counted in the same number (开展法治讲座、普法宣传89次). */
  combinedWith: string | null;
  /** The words the number was read by and its indicator's concept: what a following short clause inherits. */
  subject: string | null;
}

/**
 * One number after a 、-list of concepts of different indicators counts them together: it goes to
 * the first one named and notes the others, so that 开展法治讲座、普法宣传89次 stays on lectures, flagged.
 */
function combinedReading(ranked: Candidate[], lead: string): [Candidate, Candidate | null] {
  const [best] = ranked;
  if (best.place !== 0 || namesList(best)) return [best, null];
  const inParts = ranked.filter((c) => c.place === 0 && listPartOf(lead, c.term.leadIndex) > 0);
  const parts = new Set(inParts.map((c) => listPartOf(lead, c.term.leadIndex)));
  if (!inParts.includes(best) || parts.size < 2) return [best, null];
  const byPart = [...inParts].sort((a, b) => listPartOf(lead, a.term.leadIndex) - listPartOf(lead, b.term.leadIndex));
  const first = byPart[0];
  return [first, byPart.find((c) => c.entry.indicatorId !== first.entry.indicatorId && listPartOf(lead, c.term.leadIndex) !== listPartOf(lead, first.term.leadIndex)) ?? null];
}

/** The entries one of whose concept words could stand in the number's words at all: the rest are not looked at. */
function nearby(entries: CompiledEntry[], frame: Frame, earlier: string[]): CompiledEntry[] {
  // Each character and pair of characters once (an opening is a term's first two), so that hundreds of entries are looked up, not searched for.
  const pairs = new Set<string>();
  for (const words of [frame.lead, frame.tail, ...earlier]) for (let i = 0; i < words.length; i += 1) pairs.add(words[i]).add(words.slice(i, i + 2));
  return entries.filter((e) => e.openings.some((o) => pairs.has(o)));
}

/**
 * The indicator a framed number belongs to, if any. `subject` is the concept the previous number of
 * the same sentence was read as: a clause such as 依法受理N件 inherits it before any earlier words.
 */
export function matchFrame(lexicon: CompiledLexicon, frame: Frame, subject: string | null = null): Match {
  const earlier = subject ? [subject, ...frame.earlier] : frame.earlier;
  const entries = nearby(lexicon.byUnit.get(frame.mention.unitZh) ?? [], frame, earlier);
  const all = entries.map((e) => candidateFor(e, frame, earlier, subject ? 1 : 0)).filter((c): c is Candidate => c !== null);
  const ranked = all.filter((c) => !isSubsumed(c, all)).sort(compareCandidates);
  if (ranked.length === 0) return { indicatorId: null, combinedWith: null, subject };
  const [chosen, other] = combinedReading(ranked, frame.lead);
  return {
    indicatorId: chosen.entry.indicatorId,
    combinedWith: other?.entry.indicatorId ?? null,
    subject: chosen.place === 0 ? subjectOf(chosen, frame) : (subject ?? earlier[chosen.place - 1]),
  };
}

/** A number read in its own words lends the sentence those words and its indicator's concept words (行政调解 for 调解成功率 after it). */
const subjectOf = (c: Candidate, frame: Frame) =>
  [frame.lead + frame.tail, ...c.entry.terms.map((t) => t.word).filter((w) => !w.includes('…'))].join('|');

/** For a number no indicator claims: the one whose concept stands nearest it, whatever its counting and outcome words. */
export function nearestIndicator(lexicon: CompiledLexicon, frame: Frame, subject: string | null): string | null {
  const earlier = subject ? [subject, ...frame.earlier] : frame.earlier;
  let best: { id: string; concept: Concept } | null = null;
  for (const entry of nearby(lexicon.entries, frame, earlier)) {
    const concept = conceptOf(entry, frame, earlier, null);
    if (!concept) continue;
    if (!best || concept.place < best.concept.place || (concept.place === best.concept.place && concept.term.distance < best.concept.term.distance)) {
      best = { id: entry.indicatorId, concept };
    }
  }
  return best?.id ?? null;
}
