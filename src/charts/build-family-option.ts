import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber } from '../lib/format';
import { t } from '../lib/i18n';
import {
  ariaLabel,
  cellValueText,
  chartFrame,
  indicatorName,
  indicatorTitle,
  jurisdictionLabel,
  sourceLine,
  yearsLabel,
  type ChartContext,
  type ChartSpec,
} from './chart-common';

const columns = 2;
const panelGap = 56;

/**
 * Family: the indicators of one category as small multiples, each on its own value axis, so that
 * a count of cases and a success rate are never read off one misleading scale.
 */
export function buildFamilyOption(cells: CellRow[], indicators: IndicatorOption[], categoryName: string, ctx: ChartContext): ChartSpec {
  const withData = indicators.filter((i) => cells.some((c) => c.indicator_id === i.indicator_id && c.status === 'value'));
  const without = indicators.filter((i) => !withData.includes(i));
  const { years, notes, order, cellAt, common } = chartFrame(cells, { ...ctx, sort: 'name' }, categoryName);
  const names = new Map(order.map((id) => [id, jurisdictionLabel(cells.filter((c) => c.jurisdiction_id === id), ctx.lang)]));
  const panelHeight = 40 + order.length * Math.max(1, years.length) * 16;
  const top = 60 + notes.length * 16;
  const slot = (i: number) => ({ row: Math.floor(i / columns), col: i % columns });
  const grids = withData.map((_, i) => ({
    left: `${slot(i).col * 50 + 1}%`,
    width: '44%',
    top: top + slot(i).row * (panelHeight + panelGap) + 24,
    height: panelHeight,
    containLabel: true,
  }));
  const rows = Math.ceil(withData.length / columns);
  const summaryParts = withData.map((indicator) => {
    const own = cells.filter((c) => c.indicator_id === indicator.indicator_id && c.status === 'value');
    return `${indicatorTitle(indicator, ctx.lang)}: ${own.map((c) => `${names.get(c.jurisdiction_id)} ${c.year} ${cellValueText(c, ctx.lang, false)}`).join(', ')}`;
  });
  const missing = without.length > 0 ? `${t(ctx.lang, 'noDataIndicators')}: ${without.map((i) => indicatorName(i, ctx.lang)).join(ctx.lang === 'zh' ? '、' : ', ')}` : '';
  const summary = [`${categoryName} · ${yearsLabel(years, ctx.lang)}`, ...summaryParts, missing].filter(Boolean).join(ctx.lang === 'zh' ? '；' : '; ');
  return {
    height: top + rows * (panelHeight + panelGap) + 60,
    summary,
    source: sourceLine(cells, ctx.lang),
    option: {
      ...common,
      title: [
        { ...common.title, subtext: [...notes, missing].filter(Boolean).join('\n') },
        ...withData.map((indicator, i) => ({
          text: indicatorTitle(indicator, ctx.lang),
          left: `${slot(i).col * 50 + 1}%`,
          top: top + slot(i).row * (panelHeight + panelGap),
          textStyle: { fontSize: 13, fontWeight: 600 },
        })),
      ],
      aria: ariaLabel(summary),
      legend: years.length > 1 ? { top: 4, right: 8, data: years.map(String) } : undefined,
      grid: grids,
      xAxis: withData.map((_, i) => ({ type: 'value', gridIndex: i, axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, true), hideOverlap: true } })),
      yAxis: withData.map((_, i) => ({ type: 'category', gridIndex: i, inverse: true, data: order.map((id) => names.get(id)) })),
      series: withData.flatMap((indicator, i) =>
        years.map((year) => ({
          type: 'bar',
          name: String(year),
          xAxisIndex: i,
          yAxisIndex: i,
          barMaxWidth: 14,
          label: { show: true, position: 'right', fontSize: 10 },
          data: order.map((id) => {
            const cell = cellAt(indicator.indicator_id, id, year);
            return cell && cell.status === 'value' ? { value: cell.value, cell, label: { formatter: cellValueText(cell, ctx.lang) } } : { value: null, cell };
          }),
        })),
      ),
    },
  };
}
