export interface Span {
  start: number;
  end: number;
}

const topLevelHeading = /^[一二三四五六七八九十]+、.*$/gmu;

/**
 * The parts of a report that state problems and plans, not outcomes: from a top-level heading
 * that names them (or a paragraph that opens them without a heading) to the next top-level heading.
 */
export function findTargetSections(matchText: string, targetHeading: RegExp, targetParagraph: RegExp): Span[] {
  const headings = [...matchText.matchAll(topLevelHeading)].map((m) => ({ start: m.index, text: m[0] }));
  const spans: Span[] = [];
  headings.forEach((heading, i) => {
    if (!targetHeading.test(heading.text)) return;
    spans.push({ start: heading.start, end: headings[i + 1]?.start ?? matchText.length });
  });
  const afterLastHeading = headings.at(-1)?.start ?? 0;
  for (const paragraph of matchText.slice(afterLastHeading).matchAll(/^.+$/gmu)) {
    if (!targetParagraph.test(paragraph[0])) continue;
    spans.push({ start: afterLastHeading + paragraph.index, end: matchText.length });
    break;
  }
  return spans;
}

export const inSpans = (spans: Span[], offset: number) => spans.some((s) => offset >= s.start && offset < s.end);
