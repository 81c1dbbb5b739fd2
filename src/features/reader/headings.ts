/** A heading of a report: 一、… at the top level, （一）… below it. */
export interface Heading {
  start: number;
  level: 1 | 2;
  text: string;
}

const numeral = '[一二三四五六七八九十]+';
const topLevel = new RegExp(`^${numeral}、`, 'u');
const secondLevel = new RegExp(`^[（(]${numeral}[）)]`, 'u');

/** The report's headings, in text order; a second-level heading is cut at its first stop (its paragraph follows on the line). */
export function headingsOf(text: string): Heading[] {
  const headings: Heading[] = [];
  for (const line of text.matchAll(/^.+$/gmu)) {
    const level = topLevel.test(line[0]) ? 1 : secondLevel.test(line[0]) ? 2 : null;
    if (level === null) continue;
    const title = level === 2 ? line[0].split(/[。；]/u)[0] : line[0];
    headings.push({ start: line.index, level, text: title.trim() });
  }
  return headings;
}
