import type { ChartSpec } from './chart-common';

/** Bars drawn at most: beyond that the names can no longer be read; the CSV keeps every row. */
export const sqlBarLimit = 60;

export interface LabelledValues {
  labelName: string;
  valueName: string;
  rows: readonly (readonly [string | null, number | null])[];
}

/** A query's answer of one text and one number column as bars, in the answer's own order, top to bottom. */
export function buildSqlBarOption({ labelName, valueName, rows }: LabelledValues, title: string, source: string, note: string): ChartSpec {
  const drawn = rows.slice(0, sqlBarLimit);
  const labels = drawn.map(([label]) => label ?? 'NULL');
  const notes = rows.length > drawn.length ? [note] : [];
  return {
    height: Math.max(260, 120 + drawn.length * 24 + notes.length * 16),
    summary: `${title} — ${[...notes, ...drawn.map(([label, value]) => `${label ?? 'NULL'}: ${value ?? 'NULL'}`)].join('; ')}`,
    source,
    option: {
      animation: false,
      color: ['#2f6db5'],
      title: { text: title, subtext: notes.join('\n'), left: 8, top: 4, textStyle: { fontSize: 16, fontWeight: 600 }, subtextStyle: { fontSize: 12, color: '#8a4b00' } },
      tooltip: { trigger: 'item', confine: true },
      grid: { left: 8, right: 48, top: 56 + notes.length * 16, bottom: 24, containLabel: true },
      xAxis: { type: 'value', name: valueName },
      yAxis: { type: 'category', name: labelName, data: labels, inverse: true, axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', name: valueName, data: drawn.map(([, value]) => value), label: { show: drawn.length <= 40, position: 'right' } }],
      aria: { enabled: true, label: { description: title } },
    },
  };
}
