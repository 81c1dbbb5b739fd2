import { fill } from '../lib/i18n';
import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel } from '../lib/format';
import { ariaLabel, cellValueText, chartFrame, describeCells, indicatorTitle, jurisdictionLabel, sourceLine, topAndBottom, type ChartContext, type ChartSpec } from './chart-common';

/** Lines drawn at most, besides the places named one by one: more lines cannot be told apart. */
export const trendLineCap = 8;

const bandColor = '#8a94a3';

function point(cell: CellRow | undefined, lang: ChartContext['lang']) {
  if (!cell || cell.status !== 'value') return { value: null, cell };
  return { value: cell.value, cell, label: { formatter: cellValueText(cell, lang) }, symbol: cell.method === 'derived' ? 'emptyCircle' : 'circle' };
}

/** The places drawn as lines: the named ones, then the best-ranked up to the cap, in the sort order. */
function linesDrawn(order: string[], named: ReadonlySet<string>): string[] {
  const fill = new Set(order.filter((id) => !named.has(id)).slice(0, Math.max(0, trendLineCap - named.size)));
  return order.filter((id) => named.has(id) || fill.has(id));
}

/**
 * The range of every place's values per year, as a stacked pair: an invisible lower line at the minimum
 * and the spread above it, shaded. A year without values has no band, as a line has a gap.
 */
function rangeBand(cells: CellRow[], years: number[], name: string) {
  const values = years.map((y) => cells.filter((c) => c.year === y && c.status === 'value' && c.value !== null).map((c) => c.value!));
  const low = values.map((v) => (v.length > 0 ? Math.min(...v) : null));
  const high = values.map((v) => (v.length > 0 ? Math.max(...v) : null));
  // Beneath the lines (z 1), and after them in the series so that they keep their palette colours.
  const band = { type: 'line', name, z: 1, stack: 'range', stackStrategy: 'all', silent: true, symbol: 'none', itemStyle: { color: bandColor }, lineStyle: { opacity: 0 } };
  return [
    { ...band, data: low },
    { ...band, data: high.map((h, i) => (h === null ? null : h - low[i]!)), areaStyle: { color: bandColor, opacity: 0.3 } },
  ];
}

/**
 * Trend: the indicator over the years, a line per jurisdiction; a year without a value is a gap, not a zero.
 * Beyond the cap of lines, the other places are drawn as the band of all places' values.
 */
export function buildTrendOption(all: CellRow[], indicator: IndicatorOption, ctx: ChartContext): ChartSpec {
  const { cells, notes: selectionNotes } = topAndBottom(all, ctx);
  const inView = new Set(cells.map((c) => c.jurisdiction_id));
  const named = new Set(ctx.named.filter((id) => inView.has(id)));
  const banded = inView.size > trendLineCap;
  const bandNotes = banded ? [fill(ctx.lang, 'trendLines', { n: Math.max(named.size, trendLineCap), total: inView.size })] : [];
  const summary = describeCells(cells, indicator, ctx.lang, selectionNotes);
  const { years, notes, order, cellAt, common } = chartFrame(cells, ctx, indicatorTitle(indicator, ctx.lang), [...selectionNotes, ...bandNotes]);
  const lines = (banded ? linesDrawn(order, named) : order).map((id) => {
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
  });
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
      series: banded ? [...lines, ...rangeBand(cells, years, fill(ctx.lang, 'trendBand', { total: inView.size }))] : lines,
    },
  };
}
