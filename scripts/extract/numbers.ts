import type { Qualifier } from '../../src/domain/observation';

/** Units as written after a number, longest first so that 人次 wins over 人. */
export const writtenUnits = [
  '人次', '场次', '件次', '户次', '万元', '亿元',
  '个', '件', '项', '次', '人', '家', '份', '场', '部', '条', '卷', '宗', '名', '元', '户',
  '期', '批', '所', '篇', '本', '起', '处', '台', '套', '座', '支', '%',
] as const;

const multipliers: Record<string, number> = { 万: 4, 亿: 8 };

const leadingQualifiers: Record<string, Qualifier> = {
  近: 'approx', 约: 'approx', 大约: 'approx',
  超: 'at_least', 超过: 'at_least', 逾: 'at_least', 不少于: 'at_least', 不低于: 'at_least',
  不超过: 'at_most', 不到: 'at_most',
};
const trailingQualifiers: Record<string, Qualifier> = { 余: 'at_least', 多: 'at_least', 以上: 'at_least', 左右: 'approx', 以内: 'at_most' };

const unitPattern = writtenUnits.filter((u) => u !== '万元' && u !== '亿元').join('|').replace('%', '%');
const mentionPattern = new RegExp(
  `(${Object.keys(leadingQualifiers).sort((a, b) => b.length - a.length).join('|')})?` +
    '(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)' +
    ' *(余|多)?(万|亿)?(余|多)? *' +
    `(${unitPattern})?` +
    '(以上|左右|以内)?',
  'gu',
);

export interface NumberMention {
  /** Offsets of the whole mention (qualifiers, number, multiplier and unit) in the text. */
  start: number;
  end: number;
  /** Offsets of the digits alone. */
  numberStart: number;
  numberEnd: number;
  /** The number as written with its multiplier, e.g. "4.35万". */
  valueText: string;
  value: number;
  /** The unit as written: 件, 人次, %, 元 …; empty for a bare 万/亿 amount. */
  unitZh: string;
  qualifier: Qualifier;
}

/** "20381.1" × 10^4 without floating-point drift: shift the decimal point in the text. */
export function scaleDecimal(digits: string, exponent: number): number {
  const [whole, fraction = ''] = digits.replace(/,/g, '').split('.');
  const shift = Math.min(exponent, fraction.length);
  const shifted = `${whole}${fraction.slice(0, shift)}${'0'.repeat(exponent - shift)}.${fraction.slice(shift) || '0'}`;
  return Number(shifted);
}

/** Qualifiers met before the number win over those after it only when they say more (余 after 近 is rare). */
function pickQualifier(...found: (string | undefined)[]): Qualifier {
  for (const word of found) {
    if (!word) continue;
    const q = leadingQualifiers[word] ?? trailingQualifiers[word];
    if (q) return q;
  }
  return 'exact';
}

/** Characters that make a number part of a name, a code or a date rather than a measure. */
function isPartOfToken(text: string, numberStart: number, end: number, unitZh: string): boolean {
  const before = text.slice(Math.max(0, numberStart - 2), numberStart);
  const after = text.slice(end, end + 4);
  if (/[A-Za-z+·./\-_〔\[]$/.test(before) || /^[+·]/.test(text.slice(end))) return true;
  if (/\d[-—~]$/.test(before)) return true; // the upper end of a range such as 1-2个
  if (before.endsWith('第')) return true; // an ordinal: 第1批
  if (unitZh === '个' && /^(工作日|月|小时|季度|星期)/.test(after)) return true; // a duration
  return false;
}

/** Every number in a measure-like form: with a unit, a percent sign or a 万/亿 multiplier. */
export function findNumberMentions(matchText: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const m of matchText.matchAll(mentionPattern)) {
    const [whole, lead, digits, q1, mult, q2, unitZh = '', tail] = m;
    if (!unitZh && !mult) continue;
    const numberStart = m.index + (lead?.length ?? 0);
    const numberEnd = numberStart + digits.length;
    let end = m.index + whole.length;
    while (matchText[end - 1] === ' ') end -= 1;
    if (isPartOfToken(matchText, numberStart, end, unitZh)) continue;
    mentions.push({
      start: m.index,
      end,
      numberStart,
      numberEnd,
      valueText: `${digits}${mult ?? ''}`,
      value: scaleDecimal(digits, mult ? multipliers[mult] : 0),
      unitZh,
      qualifier: pickQualifier(lead, q1, q2, tail),
    });
  }
  return mentions;
}
