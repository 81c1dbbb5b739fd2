import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, qualifierMark, type Lang } from '../lib/format';
import { t, type MessageKey } from '../lib/i18n';
import { cellValueText, escapeHtml, indicatorTitle, jurisdictionName, type ChartSpec } from './chart-common';
import { provenanceTooltip } from './provenance-tooltip';
import { framedSpec } from './spec-frame';
import { fittedLine, type ScatterPoint } from './scatter-pairs';

export interface ScatterChartInput {
  points: ScatterPoint[];
  x: IndicatorOption;
  y: IndicatorOption;
  lang: Lang;
  title: string;
  /** Said before any value: the places not reported, the points whose scopes differ. */
  notes: string[];
  /** The names of the two series: same scope, scopes differ. */
  seriesNames: [string, string];
  fit: boolean;
}

const pointItem = (p: ScatterPoint) => ({ value: [p.x.value, p.y.value], cell: p.x, yCell: p.y });

const qualified = (axis: string, cell: ScatterPoint['x']) => (qualifierMark(cell.qualifier) ? `${axis}${qualifierMark(cell.qualifier)}` : '');

/** A point's place and year, with the marks of a qualified value (x≥, y≈) and of scopes that differ. */
const pointLabel = (lang: Lang, mark: string) => ({
  show: true,
  position: 'right',
  formatter: ({ data: { cell, yCell } }: { data: ReturnType<typeof pointItem> }) => {
    const marks = [qualified('x', cell), qualified('y', yCell)].filter(Boolean);
    return `${jurisdictionName(cell, lang)} ${cell.year}${marks.length > 0 ? ` (${marks.join(' ')})` : ''}${mark}`;
  },
});

function tooltip(p: { data?: { cell?: ScatterPoint['x']; yCell?: ScatterPoint['y'] } }, input: ScatterChartInput): string {
  const { cell, yCell } = p.data ?? {};
  if (!cell || !yCell) return '';
  const { lang } = input;
  return `x · ${escapeHtml(indicatorTitle(input.x, lang))}<br/>${provenanceTooltip(cell, lang)}<hr/>y · ${escapeHtml(indicatorTitle(input.y, lang))}<br/>${provenanceTooltip(yCell, lang)}`;
}

/** The points in words: each place and year with both values, scope and method, notes first. */
export function describePoints(input: ScatterChartInput): string {
  const { lang } = input;
  const provenance = (c: ScatterPoint['x']) => `${cellValueText(c, lang, false)} (${t(lang, `scope_${c.scope}` as MessageKey)}, ${c.report_id}${c.quote ? `: “${c.quote}”` : ''})`;
  const parts = input.points.map((p) => `${jurisdictionName(p.x, lang)} ${p.x.year}: x ${provenance(p.x)}, y ${provenance(p.y)}`);
  return `${indicatorTitle(input.x, lang)} × ${indicatorTitle(input.y, lang)} — ${[...input.notes, ...parts].join(lang === 'zh' ? '；' : '; ')}`;
}

function fitSeries(points: ScatterPoint[]) {
  const xy = points.map((p) => ({ x: p.x.value!, y: p.y.value! }));
  const line = fittedLine(xy);
  if (!line) return [];
  const xs = xy.map((p) => p.x);
  const ends = [Math.min(...xs), Math.max(...xs)].map((x) => [x, line.slope * x + line.intercept]);
  return [{ type: 'line', name: 'fit', data: ends, symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#888' } }];
}

/** x against y, one point per place and year where both are reported; points whose two scopes differ are hollow and kept in their own series. */
export function buildScatterOption(input: ScatterChartInput): ChartSpec {
  const { lang, points } = input;
  const summary = describePoints(input);
  const axis = (indicator: IndicatorOption) => ({ type: 'value', scale: true, name: indicatorTitle(indicator, lang), nameGap: 28, axisLabel: { formatter: (v: number) => formatNumber(v, lang, true) } });
  const [same, differ] = [points.filter((p) => p.sameScope), points.filter((p) => !p.sameScope)];
  const frame = { title: input.title, notes: input.notes, summary, cells: points.flatMap((p) => [p.x, p.y]), lang, height: 460 };
  return framedSpec(frame, (notesHeight) => ({
    color: ['#2f6db5', '#d9822b'],
    legend: { top: 4, right: 8, data: input.seriesNames },
    tooltip: { trigger: 'item', confine: true, formatter: (p: Parameters<typeof tooltip>[0]) => tooltip(p, input) },
    grid: { left: 16, right: 130, top: 70 + notesHeight, bottom: 48, containLabel: true },
    xAxis: { ...axis(input.x), nameLocation: 'middle' },
    yAxis: { ...axis(input.y), nameTextStyle: { align: 'left' } },
    series: [
      { type: 'scatter', name: input.seriesNames[0], symbolSize: 12, itemStyle: { opacity: 1 }, data: same.map(pointItem), label: pointLabel(lang, '') },
      { type: 'scatter', name: input.seriesNames[1], symbolSize: 12, symbol: 'emptyCircle', data: differ.map(pointItem), label: pointLabel(lang, ' ≠') },
      ...(input.fit ? fitSeries(points) : []),
    ],
  }));
}
