/** Why a report's bytes cannot be read as its text, with the line a person would look at. */
export interface TextProblem {
  line: number;
  detail: string;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * A stored report must be non-empty UTF-8. `decode` is strict, so a GBK file or a binary file is
 * refused, not turned into replacement characters that would shift every quote.
 */
export function decodeReportText(bytes: Uint8Array): { text: string } | { problem: TextProblem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return { problem: { line: lineOf(lenient, lenient.indexOf('\uFFFD')), detail: 'not UTF-8 text (save the report as UTF-8)' } };
  }
  if (text.trim() === '') return { problem: { line: 1, detail: 'the report is empty' } };
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { problem: { line: lineOf(text, nul), detail: 'holds a NUL character: a binary file, not a report text' } };
  return { text };
}
