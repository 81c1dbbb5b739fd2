import type { Qualifier } from '../domain/observation';

/**
 * Counting words as written after a number, longest first so that 人次 wins over 人 and 个百分点 over 个.
 * Time words are listed too: 2022年 and 3个工作日 are numbers to account for, though rarely figures.
 */
const writtenUnits = [
  '个百分点', '个工作日', '平方米',
  '百分点', '工作日', '人次', '场次', '件次', '户次', '家次', '批次', '个月', '小时', '课时', '学时',
  '个', '件', '项', '次', '人', '家', '份', '场', '部', '条', '卷', '宗', '名', '元', '户', '期', '批',
  '所', '篇', '本', '起', '处', '台', '套', '座', '支', '轮', '例', '册', '张', '种', '类', '届', '位',
  '组', '队', '村', '镇', '间', '辆', '吨', '亩', '米', '公里', '倍', '分', '级', '通', '年', '月', '日', '天',
  '周', '号', '岁', '万', '%', '‰',
] as const;

const multipliers: Record<string, number> = { 万: 4, 亿: 8 };

const leadingQualifiers: Record<string, Qualifier> = {
  近: 'approx', 约: 'approx', 大约: 'approx',
  超: 'at_least', 超过: 'at_least', 逾: 'at_least', 不少于: 'at_least', 不低于: 'at_least', 至少: 'at_least',
  不超过: 'at_most', 不到: 'at_most', 不足: 'at_most',
};
const trailingQualifiers: Record<string, Qualifier> = {
  余: 'at_least', 多: 'at_least', 以上: 'at_least', 左右: 'approx', 上下: 'approx', 以内: 'at_most', 以下: 'at_most',
};

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

const leading = `(${alternation(Object.keys(leadingQualifiers))})?`;
const trailing = '(以上|左右|上下|以内|以下)?';
/** A comma separates thousands only when exactly three digits follow it and no digit follows those. */
const arabic = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\d])|\\d+(?:\\.\\d+)?';
const rangeSeparator = '[-~～—–至到]';
const unitAlternation = alternation(writtenUnits.filter((u) => u !== '万'));
const arabicPattern = new RegExp(
  `${leading}(${arabic})(?: *(${rangeSeparator}) *(${arabic}))? *(余|多)?(万|亿)?(余|多)? *(${unitAlternation})?${trailing}`,
  'dgu',
);

const chineseDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const chineseScales: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const chineseNumeral = '[零〇一二两三四五六七八九十百千]+';
/** Counts written in words need a counting word (十二次); headings and ordinals need their frame (一、 (二) 第三 四是). */
const chinesePattern = new RegExp(
  `${leading}(${chineseNumeral})(余|多)?(万|亿)?(余|多)?(${unitAlternation})${trailing}` +
    `|^(${chineseNumeral})(?=、)|(?<=[(（])(${chineseNumeral})(?=[)）])|(?<=第)(${chineseNumeral})|(${chineseNumeral})(?=是)`,
  'gmu',
);

export interface NumberMention {
  /** Offsets of the whole mention (qualifiers, number, multiplier and unit) in the text. */
  start: number;
  end: number;
  /** Offsets of the number alone (both ends of a range). */
  numberStart: number;
  numberEnd: number;
  /** The number as written with its multiplier: "4.35万", "十二", "3至5". */
  valueText: string;
  value: number;
  /** The upper end of a range such as 3至5次; the value is its lower end. */
  valueHigh: number | null;
  /** The counting word as written: 件, 人次, %, 个百分点 …; empty for a bare number, 万 for a bare 万 amount. */
  unitZh: string;
  qualifier: Qualifier;
  numeral: 'arabic' | 'chinese';
}

/** "20381.1" × 10^4 without floating-point drift: shift the decimal point in the text. */
export function scaleDecimal(digits: string, exponent: number): number {
  const [whole, fraction = ''] = digits.replace(/,/g, '').split('.');
  const shift = Math.min(exponent, fraction.length);
  const shifted = `${whole}${fraction.slice(0, shift)}${'0'.repeat(exponent - shift)}.${fraction.slice(shift) || '0'}`;
  return Number(shifted);
}

/** 十二 → 12, 二十五 → 25, 一百零八 → 108, 两千 → 2000, 二〇二二 → 2022 (digit by digit). */
export function parseChineseNumeral(text: string): number {
  if (![...text].some((c) => c in chineseScales)) {
    return Number([...text].map((c) => chineseDigits[c] ?? 0).join(''));
  }
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in chineseDigits) digit = chineseDigits[c];
    else {
      total += (digit || 1) * chineseScales[c];
      digit = 0;
    }
  }
  return total + digit;
}

function pickQualifier(...found: (string | undefined)[]): Qualifier {
  for (const word of found) {
    const q = word ? (leadingQualifiers[word] ?? trailingQualifiers[word]) : undefined;
    if (q) return q;
  }
  return 'exact';
}

function trimmedEnd(text: string, start: number, length: number): number {
  let end = start + length;
  while (end > start && text[end - 1] === ' ') end -= 1;
  return end;
}

function arabicMentions(text: string): NumberMention[] {
  return [...text.matchAll(arabicPattern)].map((m) => {
    const [whole, lead, low, separator, high, q1, mult, q2, unitZh = '', tail] = m;
    const [numberStart, lowEnd] = m.indices![2]!;
    const digitsEnd = high ? m.indices![4]![1] : lowEnd;
    const exponent = mult ? multipliers[mult] : 0;
    return {
      start: m.index,
      end: trimmedEnd(text, m.index, whole.length),
      numberStart,
      numberEnd: digitsEnd,
      valueText: `${high ? `${low}${separator}${high}` : low}${mult ?? ''}`,
      value: scaleDecimal(low, exponent),
      valueHigh: high ? scaleDecimal(high, exponent) : null,
      unitZh: unitZh || (mult === '万' ? '万' : ''),
      qualifier: high ? 'at_least' : pickQualifier(lead, q1, q2, tail),
      numeral: 'arabic' as const,
    };
  });
}

function chineseMentions(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(chinesePattern)) {
    const [whole, lead, numeral, q1, mult, q2, unitZh, tail, ...framed] = m;
    const digits = numeral ?? framed.find((f) => f !== undefined)!;
    // A lone 一 before a counting word and its noun is an article (一批案例, 开展一次清理), a count only
    // where the clause ends on it (旁听庭审一次。); 百/千 alone are words (百分点, 千家万户) unless a
    // qualifier makes them a count (千余个).
    if (numeral && digits === '一' && !mult && !/^[。，,；;、!?！？\n)）]/u.test(text.slice(m.index + whole.length, m.index + whole.length + 1))) continue;
    if (/^[百千]+$/u.test(digits) && !q1) continue;
    const numberStart = m.index + (lead?.length ?? 0);
    const exponent = mult ? multipliers[mult] : 0;
    found.push({
      start: m.index,
      end: numeral ? m.index + whole.length : numberStart + digits.length,
      numberStart,
      numberEnd: numberStart + digits.length,
      valueText: `${digits}${mult ?? ''}`,
      value: parseChineseNumeral(digits) * 10 ** exponent,
      valueHigh: null,
      unitZh: unitZh ?? '',
      qualifier: pickQualifier(lead, q1, q2, tail),
      numeral: 'chinese',
    });
  }
  return found;
}

/** Every number in the text, in order: digits in any form, and counts, headings and ordinals written in words. */
export function findNumberMentions(matchText: string): NumberMention[] {
  return [...arabicMentions(matchText), ...chineseMentions(matchText)].sort((a, b) => a.start - b.start);
}
