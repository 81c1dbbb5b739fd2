import type { NotIndicatorClass } from '../domain/mentions';
import type { NumberMention } from './numbers';

const timeUnits = new Set(['年', '月', '日', '号']);
const hotline = /^(123\d\d|110|119|120|122)$/u;
/** 2023-03-07, 2023.3.7, 2023/03, 15:07:00: dates and times written with digits only. */
const digitDate = /^(\d{4}[-./]\d{1,2}([-./]\d{1,2})?|\d{1,2}:\d{2}(:\d{2})?)$/u;
const phone = /^0\d{2,3}[-—]\d{7,8}$/u;

function isInside(text: string, at: number, open: string, close: string, reach = 40): boolean {
  const floor = Math.max(0, at - reach);
  for (let i = at - 1; i >= floor; i -= 1) {
    if (text[i] === close || text[i] === '\n') return false;
    if (text[i] === open) return text.indexOf(close, at) > at && text.indexOf(close, at) - at <= reach;
  }
  return false;
}

const inQuotes = (text: string, at: number) =>
  isInside(text, at, '“', '”', 14) || isInside(text, at, '「', '」', 14) || isInside(text, at, '"', '"', 14);

/** The run of digits and date punctuation a number stands in. */
function digitRun(text: string, m: NumberMention): string {
  let start = m.numberStart;
  let end = m.numberEnd;
  while (start > 0 && /[\d\-./:]/u.test(text[start - 1])) start -= 1;
  while (end < text.length && /[\d\-./:]/u.test(text[end])) end += 1;
  return text.slice(start, end).replace(/^[-./:]+|[-./:]+$/gu, '');
}

const isYear = (m: NumberMention) => m.numeral === 'arabic' && Number.isInteger(m.value) && m.value >= 1949 && m.value <= 2100 && /^\d{4}/u.test(m.valueText);

function isDate(text: string, m: NumberMention): boolean {
  if (m.numeral === 'arabic' && digitDate.test(digitRun(text, m))) return true;
  if (m.unitZh === '年') return m.value >= 1949 && m.value <= 2100;
  if (timeUnits.has(m.unitZh)) return m.numeral === 'arabic' || /[月年]$/u.test(text.slice(0, m.start));
  return /^[·.]\d/u.test(text.slice(m.end, m.end + 2)) && m.unitZh === '';
}

function isHeadingOrOrdinal(text: string, m: NumberMention): boolean {
  const before = text.slice(Math.max(0, m.numberStart - 1), m.numberStart);
  const after = text.slice(m.numberEnd, m.numberEnd + 1);
  const lineStart = m.start === 0 || text[m.start - 1] === '\n';
  if (before === '第' || after === '是') return true;
  if (/[(（]/u.test(before) && /[)）]/u.test(after)) return true;
  return lineStart && (m.unitZh === '' || m.numeral === 'chinese') && /^[.、．]/u.test(text.slice(m.numberEnd, m.numberEnd + 1));
}

function isCode(text: string, m: NumberMention): boolean {
  const before = text.slice(Math.max(0, m.start - 1), m.start);
  const after = text.slice(m.end, m.end + 1);
  if (/[A-Za-z/_\\]/u.test(before) || /[A-Za-z/_]/u.test(after)) return true;
  if (m.unitZh !== '') return false;
  return hotline.test(m.valueText) || phone.test(m.valueText) || (/^\d{7,}$/u.test(m.valueText) && m.numeral === 'arabic');
}

function isDocumentNumber(text: string, m: NumberMention): boolean {
  if (isInside(text, m.start, '〔', '〕', 6) || isInside(text, m.start, '[', ']', 6)) return true;
  return m.unitZh === '号' && /[〕\]]$/u.test(text.slice(0, m.start));
}

/** Part of a name: a slogan in quotes, a title in 《》, a formula such as 1+4+X, a version such as 2.0. */
function isName(text: string, m: NumberMention): boolean {
  if (inQuotes(text, m.start) || isInside(text, m.start, '《', '》', 60)) return true;
  const around = text.slice(Math.max(0, m.start - 1), m.start) + text.slice(m.end, m.end + 1);
  if (/[+＋]/u.test(around)) return true;
  return m.unitZh === '' && /^\d\.\d$/u.test(m.valueText) && /[版代系平]/u.test(text.slice(m.end, m.end + 1));
}

/**
 * Numbers that cannot be figures whatever their words: dates, document numbers, headings and
 * ordinals, phone numbers and codes, parts of names. Checked before any indicator is tried.
 */
export function formClass(text: string, m: NumberMention): NotIndicatorClass | null {
  if (isDocumentNumber(text, m)) return 'document_number';
  if (isDate(text, m)) return 'date_or_year';
  if (isCode(text, m)) return 'phone_or_code';
  if (isHeadingOrOrdinal(text, m)) return 'ordinal_or_heading';
  if (isName(text, m)) return 'name_or_slogan';
  if (m.unitZh === '' && isYear(m)) return 'date_or_year';
  return null;
}
