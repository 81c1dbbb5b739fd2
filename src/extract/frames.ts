import type { NumberMention } from './numbers';

/** A number with the words that say what it counts, as one reading of it (a 均 number has one reading per name). */
export interface Frame {
  mention: NumberMention;
  /** Words of the number's own clause before it: from the clause start or the previous number. */
  lead: string;
  /** Words right after the counting word, up to the next delimiter or number. */
  tail: string;
  /** The lead of the number before in the same clause, whose verb this one shares (废止10部规章和163件规范性文件). */
  shared: string;
  /** Earlier parts of the same sentence, nearest first, where a clause without its own subject finds one. */
  earlier: string[];
  /** The sentence up to the number, for scope and plan cues. */
  context: string;
  /** The number's clause up to it, with any numbers before it in the clause, for period cues. */
  clause: string;
  contextStart: number;
  /** The first number of a 由A…至B pair is the figure before the change. */
  role: 'before' | 'after' | null;
  quoteStart: number;
  quoteEnd: number;
}

const sentenceEnds = new Set('。!?！？\n');
const clauseEnds = new Set('。!?！？\n;；:：,，');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const quoteStops = new Set('。;；!?！？\n,，:：、');
/** A comma between digits (4,902) separates thousands, not clauses. */
const clauseEnd = /[。!?！？\n;；:：，]|,(?!\d)|(?<!\d),/u;
const namesSeparator = /[、和及与]/u;
const longSentence = 80;
const shortQuote = 30;
const tailLength = 24;
/** 由 or 从, then at most a few words, a year among them: 由2019年的68.4%提升至95.1%. */
const pairStart = /(由|从)[^,，;；。]{0,10}$/u;
const conjunctionAtEnd = /[和及与、]\s*$/u;
const bareNounAfterNumber = /^[^\s、和及与,，;；:：达占为至到共减增降升其]{1,4}$/u;
const pairMiddle = /^[^\d,，;；。]{0,8}?(到|至|为)$/u;

/** A text with, for every offset, where its sentence and its clause start: computed once, looked up for every number. */
export interface TextIndex {
  text: string;
  sentenceStarts: Int32Array;
  clauseStarts: Int32Array;
}

export function indexText(text: string): TextIndex {
  const sentenceStarts = new Int32Array(text.length + 1);
  const clauseStarts = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const isClauseEnd = clauseEnds.has(c) && !(c === ',' && isDigit(text[i - 1]) && isDigit(text[i + 1]));
    sentenceStarts[i + 1] = isClauseEnd && sentenceEnds.has(c) ? i + 1 : sentenceStarts[i];
    clauseStarts[i + 1] = isClauseEnd ? i + 1 : clauseStarts[i];
  }
  return { text, sentenceStarts, clauseStarts };
}

function nextIndexMatching(text: string, stops: Set<string>, from: number): number {
  for (let i = from; i < text.length; i += 1) if (stops.has(text[i])) return i;
  return text.length;
}

function skipSpaces(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/u.test(text[i])) i += 1;
  return i;
}

/** Short enough to read in a tooltip, long enough to say what the number is. */
function quoteStartFor(index: TextIndex, sentenceStart: number, clauseStart: number, numberStart: number): number {
  if (numberStart - sentenceStart <= longSentence) return skipSpaces(index.text, sentenceStart);
  let start = clauseStart;
  while (numberStart - start < shortQuote && start > sentenceStart) start = Math.max(index.clauseStarts[start - 1], sentenceStart);
  return skipSpaces(index.text, Math.max(start, sentenceStart));
}

/** The sentence's clauses before `end`, nearest first. */
const earlierParts = (text: string, sentenceStart: number, end: number): string[] =>
  text.slice(sentenceStart, end).split(clauseEnd).reverse().filter((p) => p.trim().length > 0);

/** Where a number's quote starts and ends: its sentence, or for a long sentence the clauses around it. */
export function quoteSpan(index: TextIndex, m: Pick<NumberMention, 'start' | 'end'>): { quoteStart: number; quoteEnd: number } {
  return {
    quoteStart: quoteStartFor(index, index.sentenceStarts[m.start], index.clauseStarts[m.start], m.start),
    quoteEnd: Math.max(m.end, nextIndexMatching(index.text, quoteStops, m.end)),
  };
}

function frameOne(index: TextIndex, mentions: NumberMention[], i: number): Frame {
  const { text } = index;
  const m = mentions[i];
  const sentenceStart = index.sentenceStarts[m.start];
  const clauseStart = index.clauseStarts[m.start];
  const previous = mentions[i - 1];
  const leadStart = previous && previous.end > clauseStart ? previous.end : clauseStart;
  const nextStart = mentions[i + 1]?.start ?? text.length;
  const tailEnd = Math.min(nextIndexMatching(text, quoteStops, m.end), nextStart, m.end + tailLength);
  const lead = text.slice(leadStart, m.start);
  // 10部政府规章和163件规范性文件, 62个部门921个事项: after a number, a conjunction or a bare noun
  // belongs to the number before; this one's words follow it.
  const ownsLead = leadStart === clauseStart || !(conjunctionAtEnd.test(lead) || bareNounAfterNumber.test(lead));
  return {
    mention: m,
    lead: ownsLead ? lead : '',
    tail: text.slice(m.end, tailEnd),
    shared: '',
    earlier: earlierParts(text, sentenceStart, leadStart),
    context: text.slice(sentenceStart, m.start),
    clause: text.slice(clauseStart, m.start),
    contextStart: sentenceStart,
    role: null,
    ...quoteSpan(index, m),
  };
}

/** A number after another in the same clause shares that one's verb; a 其中 clause shares the verb of the clause before. */
function shareLeads(text: string, mentions: NumberMention[], frames: Frame[]): void {
  for (let i = 0; i < frames.length; i += 1) {
    const between = i > 0 ? text.slice(mentions[i - 1].end, mentions[i].start) : '。';
    if (!clauseEnd.test(between)) frames[i].shared = frames[i - 1].lead || frames[i - 1].shared;
    else if (/^\s*其中/u.test(frames[i].lead)) frames[i].shared = frames[i].earlier[0] ?? '';
  }
}

/** 由820项精简至772项, 从120件下降到98件: the first is the figure before, the second the figure after. */
function markPairs(frames: Frame[]): void {
  for (let i = 1; i < frames.length; i += 1) {
    const [a, b] = [frames[i - 1], frames[i]];
    if (a.role === null && pairStart.test(a.lead) && b.lead.length > 0 && pairMiddle.test(b.lead)) {
      a.role = 'before';
      b.role = 'after';
    }
  }
}

/** Mentions joined only by 、和及与, as in 90%、93.5%和98%. */
function runsOfListedMentions(text: string, mentions: NumberMention[]): [number, number][] {
  const runs: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= mentions.length; i += 1) {
    const joined = i < mentions.length && /^\s*[、和及与]\s*$/u.test(text.slice(mentions[i - 1].end, mentions[i].start));
    if (joined) continue;
    runs.push([first, i - 1]);
    first = i;
  }
  return runs;
}

const splitList = (words: string) => words.split(namesSeparator).filter((n) => n.trim().length > 0);

/** The names a 分别/均 list hands its numbers to: before the cue, or else the list that ends the clause before. */
function splitNames(frame: Frame, cue: RegExp, count: number): string[] | null {
  const cueMatch = frame.lead.match(cue);
  if (!cueMatch || cueMatch.index === undefined) return null;
  const names = splitList(frame.lead.slice(0, cueMatch.index));
  if (names.length > 1) return names;
  const previous = splitList(frame.earlier[0] ?? '');
  return count > 1 && previous.length === count ? previous : null;
}

/**
 * Frame every mention that may be a figure (numbers that are dates, codes or names are words here,
 * so that 12345热线平台接听来电N件 keeps its words). In a list (`A、B和C分别达90%、93.5%和98%`) each
 * number takes its own name and keeps the whole list as its nearest earlier part; with 均
 * (`办结率和满意率均达100%`) one number stands for every name.
 */
export function frameMentions(index: TextIndex, mentions: NumberMention[], respectively: RegExp, all: RegExp): Frame[] {
  const { text } = index;
  const framed = mentions.map((_, i) => frameOne(index, mentions, i));
  shareLeads(text, mentions, framed);
  markPairs(framed);
  const result: Frame[] = [];
  for (const [first, last] of runsOfListedMentions(text, mentions)) {
    const run = framed.slice(first, last + 1);
    const head = run[0];
    const quoteEnd = run.at(-1)!.quoteEnd;
    const names = splitNames(head, run.length > 1 ? respectively : all, run.length);
    const earlier = [head.lead, ...head.earlier];
    if (names && run.length > 1 && names.length === run.length) {
      run.forEach((f, k) => result.push({ ...f, lead: names[k], earlier, quoteStart: head.quoteStart, quoteEnd }));
    } else if (names && run.length === 1) {
      for (const name of names) result.push({ ...head, lead: name, earlier });
    } else {
      result.push(...run);
    }
  }
  return result;
}
