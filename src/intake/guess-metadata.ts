import type { Report } from '../domain/catalog';
import { toMatchText } from '../extract/normalize';
import type { Division } from './divisions';

/** What the title and first lines suggest; the analyst confirms or changes each value. */
export interface MetadataGuess {
  title: string;
  year: number | null;
  divisionCode: string | null;
  reportingBody: string | null;
  bodyLevel: Report['body_level'];
  script: Report['script'];
}

const yearPattern = /((?:19|20)\d{2})\s*年/u;
/** Where the body's name ends in a title: 关于…, the year, or the subject itself. */
const bodyEnd = /关于|(?:19|20)\d{2}\s*年|法治政府|依法行政|法治建设/u;
const governmentBody = /(人民政府|政府|行政公署|行署)$/u;
const departmentBody = /(局|委员会|委|办公室|办|厅|中心|院|署|队|会|所|站)$/u;

const firstLines = (text: string, count: number) =>
  text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, count);

/** Traditional when OpenCC changes more than one character in a hundred of the opening. */
export function scriptOf(text: string): Report['script'] {
  const opening = text.slice(0, 2000);
  const simplified = toMatchText(opening, 'traditional');
  let changed = 0;
  for (let i = 0; i < opening.length; i += 1) if (opening[i] !== simplified[i]) changed += 1;
  return changed > opening.length / 100 ? 'traditional' : 'simplified';
}

/**
 * The division a title names: the name standing last in the body's part of the title (武侯区 in
 * 成都市武侯区人民政府), and among divisions of the same name the one whose parent is named too.
 */
function divisionIn(body: string, divisions: readonly Division[]): Division | null {
  const named = divisions.filter((d) => d.name.length >= 2 && body.includes(d.name));
  if (named.length === 0) return null;
  const end = (d: Division) => body.lastIndexOf(d.name) + d.name.length;
  const parentNamed = (d: Division) => (d.parentName !== null && body.includes(d.parentName)) || body.includes(d.provinceName);
  return named.toSorted((a, b) => end(b) - end(a) || Number(parentNamed(b)) - Number(parentNamed(a)) || b.name.length - a.name.length)[0];
}

/** Year, division, body and its kind from a report's title (its first non-empty line) and the lines after it. */
export function guessMetadata(text: string, divisions: readonly Division[]): MetadataGuess {
  const lines = firstLines(text, 6);
  const title = lines[0] ?? '';
  const script = scriptOf(text);
  const plain = toMatchText(title, script);
  const yearMatch = yearPattern.exec(plain) ?? lines.map((l) => yearPattern.exec(toMatchText(l, script))).find((m) => m !== null) ?? null;
  const cut = bodyEnd.exec(plain);
  const body = (cut ? plain.slice(0, cut.index) : plain).replace(/[\s《》“”"]/gu, '');
  const division = divisionIn(body || plain, divisions);
  const named = body.length > 0 ? body : null;
  const department = named !== null && !governmentBody.test(named) && departmentBody.test(named);
  return {
    title,
    year: yearMatch ? Number(yearMatch[1]) : null,
    divisionCode: division?.code ?? null,
    reportingBody: named === null ? null : department || governmentBody.test(named) ? named : `${named}${division?.adminLevel === 'league' ? '行政公署' : '人民政府'}`,
    bodyLevel: department ? 'department' : 'government',
    script,
  };
}
