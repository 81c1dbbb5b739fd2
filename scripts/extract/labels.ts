import type { NumberMention } from './numbers';

/** A number with the words that say what it counts. */
export interface LabelledMention {
  mention: NumberMention;
  /** Words between the previous delimiter (or number) and this number. */
  label: string;
  /** Words right after the unit, up to the next delimiter or number. */
  after: string;
  /** The sentence up to the number. */
  context: string;
  contextStart: number;
  quoteStart: number;
  quoteEnd: number;
}

const sentenceEnd = /[。!?\n]/u;
const clauseEnd = /[。;!?\n,:]/u;
const quoteStop = /[。;!?\n,:、]/u;
const namesSeparator = /[、和及与]/u;
const longSentence = 80;
const shortQuote = 30;

function lastIndexMatching(text: string, pattern: RegExp, from: number, floor = 0): number {
  for (let i = from - 1; i >= floor; i -= 1) if (pattern.test(text[i])) return i;
  return floor - 1;
}

function nextIndexMatching(text: string, pattern: RegExp, from: number): number {
  for (let i = from; i < text.length; i += 1) if (pattern.test(text[i])) return i;
  return text.length;
}

function skipSpaces(text: string, start: number): number {
  let i = start;
  while (i < text.length && /\s/u.test(text[i])) i += 1;
  return i;
}

/** Short enough to read in a tooltip, long enough to say what the number is. */
function quoteStartFor(text: string, sentenceStart: number, clauseStart: number, numberStart: number): number {
  if (numberStart - sentenceStart <= longSentence) return skipSpaces(text, sentenceStart);
  let start = clauseStart;
  while (numberStart - start < shortQuote && start > sentenceStart) {
    start = lastIndexMatching(text, clauseEnd, start - 1, sentenceStart) + 1;
  }
  return skipSpaces(text, Math.max(start, sentenceStart));
}

function labelOne(text: string, mentions: NumberMention[], i: number): LabelledMention {
  const m = mentions[i];
  const previousEnd = i > 0 ? mentions[i - 1].end : 0;
  const sentenceStart = lastIndexMatching(text, sentenceEnd, m.start) + 1;
  const clauseStart = lastIndexMatching(text, clauseEnd, m.start, sentenceStart) + 1;
  const labelStart = Math.max(clauseStart, previousEnd);
  const nextStart = mentions[i + 1]?.start ?? text.length;
  const afterEnd = Math.min(nextIndexMatching(text, clauseEnd, m.end), nextStart, m.end + 20);
  return {
    mention: m,
    label: text.slice(labelStart, m.start),
    after: text.slice(m.end, afterEnd),
    context: text.slice(sentenceStart, m.start),
    contextStart: sentenceStart,
    quoteStart: quoteStartFor(text, sentenceStart, clauseStart, m.start),
    quoteEnd: Math.max(m.end, nextIndexMatching(text, quoteStop, m.end)),
  };
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

function splitNames(label: string, cue: RegExp): string[] | null {
  const cueMatch = label.match(cue);
  if (!cueMatch || cueMatch.index === undefined) return null;
  const names = label.slice(0, cueMatch.index).split(namesSeparator).filter((n) => n.trim().length > 0);
  return names.length > 1 ? names : null;
}

/**
 * Label every mention. In a list (`A、B和C分别达90%、93.5%和98%`) each number takes its own name;
 * with 均 (`办结率和满意率均达100%`) one number stands for every name.
 */
export function labelMentions(
  text: string,
  mentions: NumberMention[],
  respectively: RegExp,
  all: RegExp,
): LabelledMention[] {
  const labelled = mentions.map((_, i) => labelOne(text, mentions, i));
  const result: LabelledMention[] = [];
  for (const [first, last] of runsOfListedMentions(text, mentions)) {
    const run = labelled.slice(first, last + 1);
    const head = run[0];
    const quoteEnd = run.at(-1)!.quoteEnd;
    const names = splitNames(head.label, run.length > 1 ? respectively : all);
    if (names && run.length > 1 && names.length === run.length) {
      run.forEach((l, k) => result.push({ ...l, label: names[k], quoteStart: head.quoteStart, quoteEnd }));
    } else if (names && run.length === 1) {
      for (const name of names) result.push({ ...head, label: name });
    } else {
      result.push(...run);
    }
  }
  return result;
}
