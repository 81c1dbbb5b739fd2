import type { Lang } from '../../lib/format';
import { fillSlots } from '../../lib/i18n';
import type { consoleExamples } from '../../sql/console-examples';

// The SQL console's words, loaded with it and not with the default view: each language whole, so that a translator reads one block.
const zh = {
  heading: 'SQL 查询（只读）',
  intro: '对已载入的五张表运行 SELECT、WITH、DESCRIBE 或 SUMMARIZE。Ctrl/⌘+Enter 运行。控制台不能修改数据，也不能读取文件或网址。',
  editorLabel: 'SQL 查询文本',
  run: '运行',
  cancel: '取消',
  running: '正在运行…',
  cancelled: '查询已取消（{ms} 毫秒后）。',
  failed: 'DuckDB 报错：',
  refused: '未运行：',
  rows: '{n} 行，用时 {ms} 毫秒',
  moreRows: '只读取了前 {n} 行，查询还有更多行',
  shownRows: '表中显示前 {shown} 行，CSV 含全部 {n} 行',
  exportCsv: '导出 CSV',
  schema: '表与列',
  schemaHint: '点击名称插入到查询中',
  examples: '示例',
  chartTitle: '{value}（按 {label}）',
  chartSource: '来源：法治政府建设情况报告 — SQL 控制台查询',
  chartRows: '图中为前 {n} 行',
  noRows: '查询没有返回任何行。',
  example_valuesPerIndicator: '每个指标的数值个数',
  example_valuesPerReport: '每份报告的数值个数',
  example_summarizeObservations: '数值表概况（SUMMARIZE）',
  example_mentionsByDisposition: '报告中的数字按归类计数',
  example_describeReports: '报告表的列（DESCRIBE）',
  example_mediationByPlace: '各地调解案件数',
} as const satisfies Record<string, string> & Record<`example_${keyof typeof consoleExamples}`, string>;

export type SqlMessage = keyof typeof zh;

const en: Record<SqlMessage, string> = {
  heading: 'SQL console (read-only)',
  intro: 'Run SELECT, WITH, DESCRIBE or SUMMARIZE on the five loaded tables. Ctrl/⌘+Enter runs. The console cannot change data or read files or URLs.',
  editorLabel: 'SQL query text',
  run: 'Run',
  cancel: 'Cancel',
  running: 'Running…',
  cancelled: 'Query cancelled after {ms} ms.',
  failed: 'DuckDB error: ',
  refused: 'Not run: ',
  rows: '{n} rows in {ms} ms',
  moreRows: 'only the first {n} rows were read; the query has more',
  shownRows: 'the table shows the first {shown}; the CSV has all {n}',
  exportCsv: 'Export CSV',
  schema: 'Tables and columns',
  schemaHint: 'Click a name to insert it',
  examples: 'Examples',
  chartTitle: '{value} by {label}',
  chartSource: 'Source: annual rule-of-law reports — SQL console query',
  chartRows: 'the first {n} rows are drawn',
  noRows: 'The query returned no rows.',
  example_valuesPerIndicator: 'Values per indicator',
  example_valuesPerReport: 'Values per report',
  example_summarizeObservations: 'Observations summarised (SUMMARIZE)',
  example_mentionsByDisposition: 'Numbers in the reports by what became of them',
  example_describeReports: 'Columns of the reports table (DESCRIBE)',
  example_mediationByPlace: 'Mediation cases by place',
};

const strings = { zh, en };

/** A message in the reader's language, its {name} slots filled. */
export const m = (lang: Lang, key: SqlMessage, values: Record<string, string | number> = {}): string => fillSlots(lang, strings[lang][key], values);
