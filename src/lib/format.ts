export type Lang = 'zh' | 'en';

const unitSuffix: Record<Lang, Record<string, string>> = {
  zh: { count: '', person: '人', person_time: '人次', yuan: '元', percent: '%', working_day: '个工作日', square_metre: '平方米' },
  en: { count: '', person: ' people', person_time: ' person-times', yuan: ' yuan', percent: '%', working_day: ' working days', square_metre: ' m²' },
};

const qualifierMarks: Record<string, string> = { at_least: '≥', approx: '≈', at_most: '≤', exact: '' };

export const qualifierMark = (qualifier: string | null | undefined) => qualifierMarks[qualifier ?? 'exact'] ?? '';

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Chinese readers count in 万 and 亿: 29764 → 2.98万, 12270000000 → 122.7亿. */
function chineseCompact(value: number, digits: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trimZeros((value / 1e8).toFixed(digits))}亿`;
  if (abs >= 1e4) return `${trimZeros((value / 1e4).toFixed(digits))}万`;
  return trimZeros(value.toFixed(digits));
}

const englishCompact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 });
const englishFull = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number for people: compact (axes, bar labels) or in full (tooltips, tables). */
export function formatNumber(value: number, lang: Lang, compact: boolean): string {
  if (lang === 'zh') return compact ? chineseCompact(value, 2) : trimZeros(value.toFixed(2)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return compact ? englishCompact.format(value) : englishFull.format(value);
}

/** Value with its qualifier mark and unit, e.g. "≥2万份" is shown as "≥2万" for a count, "98.2%" for a rate. */
export function formatValue(value: number, unit: string, qualifier: string | null, lang: Lang, compact = false): string {
  const number = unit === 'percent' ? trimZeros(value.toFixed(2)) : formatNumber(value, lang, compact);
  return `${qualifierMark(qualifier)}${number}${unitSuffix[lang][unit] ?? ''}`;
}

export const unitLabel = (unit: string, lang: Lang) => (unitSuffix[lang][unit] ?? '').trim();

const countNames: Record<Lang, string> = { zh: '计数', en: 'count' };

// The measure words reports count in, simplified and traditional; 余 and 多 ("more than") may come between.
const countWord = /^[余餘多]?([件次个個项項家条條部场場份期所批名卷起宗类類户戶])/u;

/**
 * A unit as a reader names it (%, 元, 人次). A count is named by the measure word its report put
 * after the figure (1,234件, 25项) where the quote has one, in the report's own script.
 */
export function unitName(unit: string, lang: Lang, quote: string | null = null, valueText: string | null = null): string {
  if (unit === 'count' && lang === 'zh' && quote && valueText) {
    // The figure itself, not the same digits inside a longer number (2 in 2022年).
    for (let at = quote.indexOf(valueText); at >= 0; at = quote.indexOf(valueText, at + 1)) {
      if (/[\d.,]/u.test(quote[at - 1] ?? '')) continue;
      const word = countWord.exec(quote.slice(at + valueText.length));
      if (word) return word[1];
    }
  }
  return unit === 'count' ? countNames[lang] : unitLabel(unit, lang) || unit;
}
