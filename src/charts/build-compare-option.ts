import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel } from '../lib/format';
import { ariaLabel, cellValueText, chartFrame, describeCells, indicatorTitle, jurisdictionLabel, sourceLine, type ChartContext, type ChartSpec } from './chart-common';

/** A bar per jurisdiction and year; a missing figure gets no bar, and its reason is written beside the name. */
function barItem(cell: CellRow | undefined, ctx: ChartContext) {
  if (!cell || cell.status !== 'value') return { value: null, cell };
  const derived = cell.method === 'derived';
  return {
    value: cell.value,
    cell,
    label: { formatter: cellValueText(cell, ctx.lang) },
    itemStyle: derived ? { opacity: 0.55, borderType: 'dashed', borderColor: '#333', borderWidth: 1 } : undefined,
  };
}

function missingNote(cells: CellRow[], ctx: ChartContext, multipleYears: boolean): string {
  return cells
    .filter((c) => c.status !== 'value')
    .map((c) => (multipleYears ? `${c.year} ${cellValueText(c, ctx.lang)}` : cellValueText(c, ctx.lang)))
    .join(' · ');
}

/** Compare: one indicator across jurisdictions, a bar series per year. */
export function buildCompareOption(cells: CellRow[], indicator: IndicatorOption, ctx: ChartContext): ChartSpec {
  const summary = describeCells(cells, indicator, ctx.lang);
  const { years, notes, order, cellAt, common } = chartFrame(cells, ctx, indicatorTitle(indicator, ctx.lang));
  const cellsOf = (id: string) => years.map((y) => cellAt(indicator.indicator_id, id, y)).filter((c): c is CellRow => c !== undefined);
  const labels = order.map((id) => {
    const own = cellsOf(id);
    const note = missingNote(own, ctx, years.length > 1);
    return note ? `${jurisdictionLabel(own, ctx.lang)}\n{missing|${note}}` : jurisdictionLabel(own, ctx.lang);
  });
  return {
    height: Math.max(260, 150 + order.length * Math.max(1, years.length) * 26 + notes.length * 16),
    summary,
    source: sourceLine(cells, ctx.lang),
    option: {
      ...common,
      aria: ariaLabel(summary),
      legend: years.length > 1 ? { top: 4, right: 8, data: years.map(String) } : undefined,
      grid: { left: 8, right: 90, top: 56 + notes.length * 16, bottom: 36, containLabel: true },
      xAxis: {
        type: 'value',
        name: unitLabel(indicator.unit, ctx.lang),
        axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, true) },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisLabel: { lineHeight: 16, rich: { missing: { color: '#8a4b00', fontSize: 11 } } },
      },
      series: years.map((year) => ({
        type: 'bar',
        name: String(year),
        barMaxWidth: 22,
        label: { show: true, position: 'right', fontSize: 11 },
        data: order.map((id) => barItem(cellAt(indicator.indicator_id, id, year), ctx)),
      })),
    },
  };
}
