import { useMemo } from 'react';
import { buildSqlBarOption, sqlBarLimit, type LabelledValues } from '../../charts/build-sql-bar-option';
import type { ConsoleResult } from '../../db/console-connection';
import type { Lang } from '../../lib/format';
import { ChartView } from '../charts/ChartView';
import { m } from './messages';

/** An answer of exactly one text and one number column, as the chart wants it; otherwise none. */
export function labelledValuesOf(result: ConsoleResult): LabelledValues | null {
  const text = result.columns.findIndex((c) => c.kind === 'text');
  const number = result.columns.findIndex((c) => c.kind === 'number');
  if (result.columns.length !== 2 || text === -1 || number === -1 || result.rows.length === 0) return null;
  return {
    labelName: result.columns[text].name,
    valueName: result.columns[number].name,
    rows: result.rows.map((row) => [row[text] === null ? null : String(row[text]), typeof row[number] === 'number' ? row[number] : row[number] === null ? null : Number(row[number])]),
  };
}

const noop = () => undefined;

export function ResultChart({ values, lang }: { values: LabelledValues; lang: Lang }) {
  const title = m(lang, 'chartTitle', { value: values.valueName, label: values.labelName });
  const spec = useMemo(
    () => buildSqlBarOption(values, title, m(lang, 'chartSource'), m(lang, 'chartRows', { n: sqlBarLimit })),
    [values, title, lang],
  );
  return <ChartView spec={spec} title={title} lang={lang} fileSubject={`sql_${values.valueName}_by_${values.labelName}`} years={[]} onSelect={noop} onPage={noop} />;
}
