import type { Lang } from '../../lib/format';
import type { NotIndicatorClass } from '../../domain/mentions';
import { wordsOf } from '../../lib/words';

/** The reader's and the search view's words, loaded with them and not with the default view. */
export const m = wordsOf({
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
  search_heading: { zh: '全文检索', en: 'Search the reports' },
  search_label: { zh: '检索词（简体、繁体均可）', en: 'Search (simplified or traditional script)' },
  search_placeholder: { zh: '如：复议、调解、首违不罚', en: 'e.g. 复议, 调解, 首违不罚' },
  search_results: { zh: '共 {n} 句', en: '{n} sentences' },
  search_exportCsv: { zh: '下载全部结果 CSV', en: 'Download all results (CSV)' },
  search_none: { zh: '没有找到含“{q}”的句子。', en: 'No sentence holds “{q}”.' },
  search_perReport: { zh: '各报告句数', en: 'Sentences per report' },
  search_figures: { zh: '句中指标', en: 'Figures in the sentence' },
  search_openInReader: { zh: '在报告中阅读此处', en: 'Read it in the report' },
  search_more: { zh: '只显示前 {shown} 句，另有 {left} 句未显示；请缩小检索范围。', en: 'Only the first {shown} are shown; {left} more not shown: narrow the search.' },
});

export const reasonName = (lang: Lang, reason: NotIndicatorClass) => m(lang, `reason_${reason}`);
