import { fill } from '../lib/i18n';
import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel } from '../lib/format';
import { ariaLabel, cellValueText, chartFrame, describeCells, indicatorTitle, jurisdictionLabel, sourceLine, topAndBottom, type ChartContext, type ChartSpec, type Paging } from './chart-common';

/** Places drawn at once: beyond a few dozen bars the names can no longer be read. */
export const barsPerPage = 25;

/** A bar per jurisdiction and year; a missing figure gets no bar, and its reason is written beside the name. */
function barItem(cell: CellRow | undefined, ctx: ChartContext) {
  if (!cell || cell.status !== 'value') return { value: null, cell };
  const derived = cell.method === 'derived' ? { opacity: 0.55, borderType: 'dashed', borderColor: '#333', borderWidth: 1 } : undefined;
  return {
    value: cell.value,
    cell,
    label: { formatter: cellValueText(cell, ctx.lang) },
    itemStyle: cell.observation_id === ctx.highlight ? { ...derived, ...highlighted } : derived,
  };
}

/** The bar of the observation whose source is open, in a colour no series has. */
export const highlighted = { color: '#f2b705', borderColor: '#111', borderWidth: 2, opacity: 1 };

function missingNote(cells: CellRow[], ctx: ChartContext, multipleYears: boolean): string {
  return cells
    .filter((c) => c.status !== 'value')
    .map((c) => (multipleYears ? `${c.year} ${cellValueText(c, ctx.lang)}` : cellValueText(c, ctx.lang)))
    .join(' · ');
}

/** The places of the asked page, the page clamped to those there are. */
function pageOf(order: string[], ctx: ChartContext): { places: string[]; paging: Paging } {
  const pages = Math.max(1, Math.ceil(order.length / barsPerPage));
  const page = Math.min(Math.max(0, ctx.page), pages - 1);
  const places = order.slice(page * barsPerPage, (page + 1) * barsPerPage);
  const label = fill(ctx.lang, 'pageRange', { first: page * barsPerPage + 1, last: page * barsPerPage + places.length, total: order.length });
  return { places, paging: { page, pages, label } };
}

/** Past this many bars on a page their values, written beside each, would only cover one another; the tooltips and the summary keep them. */
export const labelledBars = 80;

/** Compare: one indicator across jurisdictions, a bar series per year, a page of places at a time. */
export function buildCompareOption(all: CellRow[], indicator: IndicatorOption, ctx: ChartContext): ChartSpec {
  const { cells, notes: selectionNotes } = topAndBottom(all, ctx);
  // The words and the sources cover every page, not only the one drawn.
  const summary = describeCells(cells, indicator, ctx.lang, selectionNotes);
  const { years, notes, order, cellAt, common } = chartFrame(cells, ctx, indicatorTitle(indicator, ctx.lang), selectionNotes);
  const { places, paging } = pageOf(order, ctx);
  // An exported page says which places it shows.
  const titleNotes = paging.pages > 1 ? [fill(ctx.lang, 'pageShown', { range: paging.label }), ...notes] : notes;
  const cellsOf = (id: string) => years.map((y) => cellAt(indicator.indicator_id, id, y)).filter((c): c is CellRow => c !== undefined);
  const labels = places.map((id) => {
    const own = cellsOf(id);
    const note = missingNote(own, ctx, years.length > 1);
    return note ? `${jurisdictionLabel(own, ctx.lang)}\n{missing|${note}}` : jurisdictionLabel(own, ctx.lang);
  });
  return {
    height: Math.max(260, 150 + places.length * Math.max(1, years.length) * 26 + titleNotes.length * 16),
    summary,
    source: sourceLine(cells, ctx.lang),
    paging,
    option: {
      ...common,
      title: { ...common.title, subtext: titleNotes.join('\n') },
      aria: ariaLabel(summary),
      legend: years.length > 1 ? { top: 4, right: 8, data: years.map(String) } : undefined,
      grid: { left: 8, right: 90, top: 56 + titleNotes.length * 16, bottom: 36, containLabel: true },
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
        label: { show: places.length * years.length <= labelledBars, position: 'right', fontSize: 11 },
        data: places.map((id) => barItem(cellAt(indicator.indicator_id, id, year), ctx)),
      })),
    },
  };
}
