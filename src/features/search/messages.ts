import type { Lang } from '../../lib/format';

/** The search view's words, loaded with it and not with the default view. */
const strings = {
  heading: { zh: '全文检索', en: 'Search the reports' },
  label: { zh: '检索词（简体、繁体均可）', en: 'Search (simplified or traditional script)' },
  placeholder: { zh: '如：复议、调解、首违不罚', en: 'e.g. 复议, 调解, 首违不罚' },
  preparing: { zh: '正在建立全文索引…', en: 'Building the full-text index…' },
  results: { zh: '共 {n} 句', en: '{n} sentences' },
  none: { zh: '没有找到含“{q}”的句子。', en: 'No sentence holds “{q}”.' },
  more: { zh: '只显示前 {shown} 句，另有 {left} 句未显示；请缩小检索范围。', en: 'Only the first {shown} are shown; {left} more not shown: narrow the search.' },
  perReport: { zh: '各报告句数', en: 'Sentences per report' },
  figures: { zh: '句中指标', en: 'Figures in the sentence' },
  openInReader: { zh: '在报告中阅读此处', en: 'Read it in the report' },
  indexed: { zh: '已索引 {n} 份报告，{chars} 字', en: '{n} reports indexed, {chars} characters' },
} as const;

export type SearchMessage = keyof typeof strings;
export const m = (lang: Lang, key: SearchMessage, slots: Record<string, string | number> = {}): string =>
  Object.entries(slots).reduce<string>((text, [slot, value]) => text.replaceAll(`{${slot}}`, String(value)), strings[key][lang]);
