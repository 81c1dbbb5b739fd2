/** What a mark needs to be placed in a text: its span, by UTF-16 offsets. */
export interface Span {
  mention_start: number;
  mention_end: number;
}

export interface MarkedLine<M extends Span> {
  start: number;
  text: string;
  marks: M[];
  /** What the line shows, so that a line a new reading did not change is not drawn again. */
  signature: string;
}

/** The text cut at line ends, each line with the marks that lie in it (overlapping marks after the first are skipped). */
export function linesOf<M extends Span>(text: string, marks: readonly M[], signatureOf: (mark: M) => string): MarkedLine<M>[] {
  const sorted = marks.toSorted((a, b) => a.mention_start - b.mention_start);
  const lines: MarkedLine<M>[] = [];
  let next = 0;
  let covered = 0;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start) + 1;
    const inLine: M[] = [];
    for (; next < sorted.length && sorted[next].mention_start < end; next++) {
      if (sorted[next].mention_start >= covered) inLine.push(sorted[next]);
      covered = Math.max(covered, sorted[next].mention_end);
    }
    lines.push({ start, text: text.slice(start, end), marks: inLine, signature: inLine.map(signatureOf).join('|') });
    start = end;
  }
  return lines;
}

/** A line's text cut around its marks: plain text, then a mark with the text it covers, and so on. */
export function partsOf<M extends Span>(line: MarkedLine<M>): ({ text: string; mark?: M })[] {
  const parts: { text: string; mark?: M }[] = [];
  let at = 0;
  for (const mark of line.marks) {
    const from = mark.mention_start - line.start;
    parts.push({ text: line.text.slice(at, from) });
    parts.push({ text: line.text.slice(from, mark.mention_end - line.start), mark });
    at = mark.mention_end - line.start;
  }
  parts.push({ text: line.text.slice(at) });
  return parts;
}
