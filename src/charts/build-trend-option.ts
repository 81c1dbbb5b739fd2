import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel } from '../lib/format';
import { ariaLabel, cellValueText, chartFrame, describeCells, indicatorTitle, jurisdictionLabel, sourceLine, type ChartContext, type ChartSpec } from './chart-common';

function point(cell: CellRow | undefined, lang: ChartContext['lang']) {
  if (!cell || cell.status !== 'value') return { value: null, cell };
  return { value: cell.value, cell, label: { formatter: cellValueText(cell, lang) }, symbol: cell.method === 'derived' ? 'emptyCircle' : 'circle' };
}

/** Trend: the indicator over the years, a line per jurisdiction; a year without a value is a gap, not a zero. */
export function buildTrendOption(cells: CellRow[], indicator: IndicatorOption, ctx: ChartContext): ChartSpec {
  const summary = describeCells(cells, indicator, ctx.lang);
  const { years, notes, order, cellAt, common } = chartFrame(cells, ctx, indicatorTitle(indicator, ctx.lang));
  return {
    height: 420 + notes.length * 16,
    summary,
    source: sourceLine(cells, ctx.lang),
    option: {
      ...common,
      aria: ariaLabel(summary),
      legend: { type: 'scroll', bottom: 28, left: 8, right: 8 },
      grid: { left: 8, right: 100, top: 60 + notes.length * 16, bottom: 70, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: years.length === 1 },
      yAxis: {
        type: 'value',
        name: unitLabel(indicator.unit, ctx.lang),
        scale: indicator.unit === 'percent',
        axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, true) },
      },
      series: order.map((id) => {
        const own = years.map((y) => cellAt(indicator.indicator_id, id, y));
        return {
          type: 'line',
          name: jurisdictionLabel(own.filter((c) => c !== undefined), ctx.lang),
          connectNulls: false,
          symbolSize: 9,
          endLabel: { show: true, formatter: '{a}', fontSize: 11 },
          label: { show: true, position: 'top', fontSize: 11 },
          data: own.map((cell) => point(cell, ctx.lang)),
        };
      }),
    },
  };
}
