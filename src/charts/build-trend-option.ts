import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel } from '../lib/format';
import {
  baseTitle,
  cellTooltip,
  cellValueText,
  comparabilityNotes,
  describeCells,
  indicatorTitle,
  jurisdictionName,
  orderJurisdictions,
  palette,
  sourceLine,
  unique,
  yearsLabel,
  type ChartContext,
  type ChartSpec,
} from './chart-common';

/** Trend: the indicator over the years, a line per jurisdiction; a year without a value is a gap, not a zero. */
export function buildTrendOption(cells: CellRow[], indicator: IndicatorOption, ctx: ChartContext): ChartSpec {
  const years = unique(cells.map((c) => c.year)).sort();
  const order = orderJurisdictions(cells, ctx);
  const byKey = new Map(cells.map((c) => [`${c.jurisdiction_id}|${c.year}`, c]));
  const notes = comparabilityNotes(cells, ctx.lang);
  return {
    height: 420 + notes.length * 16,
    summary: describeCells(cells, indicator, ctx.lang),
    source: sourceLine(cells, ctx.lang),
    option: {
      animation: false,
      color: palette,
      title: baseTitle(`${indicatorTitle(indicator, ctx.lang)} · ${yearsLabel(years, ctx.lang)}`, notes.join('\n')),
      aria: { enabled: true, label: { description: describeCells(cells, indicator, ctx.lang) } },
      legend: { type: 'scroll', bottom: 28, left: 8, right: 8 },
      tooltip: { trigger: 'item', confine: true, formatter: (p: { data: { cell?: CellRow } }) => (p.data?.cell ? cellTooltip(p.data.cell, ctx.lang) : '') },
      grid: { left: 8, right: 100, top: 60 + notes.length * 16, bottom: 70, containLabel: true },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: years.length === 1 },
      yAxis: {
        type: 'value',
        name: unitLabel(indicator.unit, ctx.lang),
        scale: indicator.unit === 'percent',
        axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, true) },
      },
      series: order.map((id) => {
        const own = years.map((y) => byKey.get(`${id}|${y}`));
        return {
          type: 'line',
          name: jurisdictionName(own.find((c) => c !== undefined)!, ctx.lang),
          connectNulls: false,
          symbolSize: 9,
          endLabel: { show: true, formatter: '{a}', fontSize: 11 },
          label: { show: true, position: 'top', fontSize: 11 },
          data: own.map((cell) =>
            cell && cell.status === 'value'
              ? { value: cell.value, cell, label: { formatter: cellValueText(cell, ctx.lang) }, symbol: cell.method === 'derived' ? 'emptyCircle' : 'circle' }
              : { value: null, cell },
          ),
        };
      }),
    },
  };
}
