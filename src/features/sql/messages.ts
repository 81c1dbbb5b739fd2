import type { Lang } from '../../lib/format';

/** The SQL console's words, loaded with it and not with the default view. */
const strings = {
  heading: { zh: 'SQL 查询（只读）', en: 'SQL console (read-only)' },
  intro: {
    zh: '对已载入的五张表运行 SELECT、WITH、DESCRIBE 或 SUMMARIZE。Ctrl/⌘+Enter 运行。控制台不能修改数据，也不能读取文件或网址。',
    en: 'Run SELECT, WITH, DESCRIBE or SUMMARIZE on the five loaded tables. Ctrl/⌘+Enter runs. The console cannot change data or read files or URLs.',
  },
  editorLabel: { zh: 'SQL 查询文本', en: 'SQL query text' },
  run: { zh: '运行', en: 'Run' },
  cancel: { zh: '取消', en: 'Cancel' },
  running: { zh: '正在运行…', en: 'Running…' },
  cancelled: { zh: '查询已取消（{ms} 毫秒后）。', en: 'Query cancelled after {ms} ms.' },
  failed: { zh: 'DuckDB 报错：', en: 'DuckDB error: ' },
  refused: { zh: '未运行：', en: 'Not run: ' },
  rows: { zh: '{n} 行，用时 {ms} 毫秒', en: '{n} rows in {ms} ms' },
  moreRows: { zh: '只读取了前 {n} 行，查询还有更多行', en: 'only the first {n} rows were read; the query has more' },
  shownRows: { zh: '表中显示前 {shown} 行，CSV 含全部 {n} 行', en: 'the table shows the first {shown}; the CSV has all {n}' },
  exportCsv: { zh: '导出 CSV', en: 'Export CSV' },
  schema: { zh: '表与列', en: 'Tables and columns' },
  schemaHint: { zh: '点击名称插入到查询中', en: 'Click a name to insert it' },
  examples: { zh: '示例', en: 'Examples' },
  chartTitle: { zh: '{value}（按 {label}）', en: '{value} by {label}' },
  chartSource: { zh: '来源：法治政府建设情况报告 — SQL 控制台查询', en: 'Source: annual rule-of-law reports — SQL console query' },
  chartRows: { zh: '图中为前 {n} 行', en: 'the first {n} rows are drawn' },
  noRows: { zh: '查询没有返回任何行。', en: 'The query returned no rows.' },
} as const;

export type SqlMessage = keyof typeof strings;
export const m = (lang: Lang, key: SqlMessage, values: Record<string, string | number> = {}): string =>
  Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), strings[key][lang] as string);
