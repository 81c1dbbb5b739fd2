import type { Lang } from '../../lib/format';
import type { NotIndicatorClass } from '../../domain/mentions';

/** The reader's words, loaded with it and not with the default view. */
const strings = {
  heading: { zh: '阅读报告', en: 'Read a report' },
  report: { zh: '报告', en: 'Report' },
  addColumn: { zh: '并排对照另一份报告', en: 'Compare with another report' },
  removeColumn: { zh: '移除此栏', en: 'Remove this column' },
  headings: { zh: '目录', en: 'Headings' },
  noHeadings: { zh: '本报告没有可识别的标题。', en: 'No headings found in this report.' },
  legend: { zh: '图例', en: 'Legend' },
  claimed: { zh: '已读为指标', en: 'figure of an indicator' },
  notIndicator: { zh: '非指标', en: 'not an indicator' },
  unclaimed: { zh: '未归类', en: 'unclaimed' },
  clickToCompare: { zh: '点击在对比图中查看', en: 'click to see it in the compare chart' },
  nearest: { zh: '最接近的指标', en: 'nearest indicator' },
  exportMarks: { zh: '下载数字标注 CSV', en: 'Download the marks (CSV)' },
  noReports: { zh: '没有可阅读的报告。', en: 'There is no report to read.' },
  reason_date_or_year: { zh: '日期或年份', en: 'date or year' },
  reason_document_number: { zh: '文号', en: 'document number' },
  reason_ordinal_or_heading: { zh: '序号或标题', en: 'ordinal or heading' },
  reason_plan_or_target: { zh: '计划或目标', en: 'plan or target' },
  reason_phone_or_code: { zh: '电话或编码', en: 'phone number or code' },
  reason_name_or_slogan: { zh: '名称或口号', en: 'name or slogan' },
  reason_other_period: { zh: '其他时期', en: 'another period' },
  reason_restated: { zh: '重复提及', en: 'restated' },
  reason_not_measured: { zh: '非度量', en: 'not a measure' },
} as const;

export type ReaderMessage = keyof typeof strings;
export const m = (lang: Lang, key: ReaderMessage): string => strings[key][lang];
export const reasonName = (lang: Lang, reason: NotIndicatorClass) => m(lang, `reason_${reason}`);
