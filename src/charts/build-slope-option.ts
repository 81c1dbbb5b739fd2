import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, type Lang } from '../lib/format';
import { cellTooltip, cellValueText, indicatorTitle, jurisdictionLabel, type ChartSpec } from './chart-common';
import { framedSpec } from './spec-frame';
import type { SlopeLine } from './scatter-pairs';

export interface SlopeChartInput {
  lines: SlopeLine[];
  indicator: IndicatorOption;
  years: [number, number];
  lang: Lang;
  title: string;
  notes: string[];
}

/** One line per place from year A to year B of the x indicator; a place without both years draws none. */
export function buildSlopeOption(input: SlopeChartInput): ChartSpec {
  const { lang, lines, years } = input;
  const parts = lines.map((l) => `${jurisdictionLabel([l.from], lang)}: ${years[0]} ${cellValueText(l.from, lang, false)} → ${years[1]} ${cellValueText(l.to, lang, false)}`);
  const summary = `${indicatorTitle(input.indicator, lang)} — ${[...input.notes, ...parts].join(lang === 'zh' ? '；' : '; ')}`;
  const frame = { title: input.title, notes: input.notes, summary, cells: lines.flatMap((l) => [l.from, l.to]), lang, height: 420 };
  return framedSpec(frame, (notesHeight) => ({
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data?: { cell?: SlopeLine['from'] } }) => (p.data?.cell ? cellTooltip(p.data.cell, lang) : '') },
    grid: { left: 16, right: 120, top: 60 + notesHeight, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: indicatorTitle(input.indicator, lang), axisLabel: { formatter: (v: number) => formatNumber(v, lang, true) } },
    series: lines.map((l) => ({
      type: 'line',
      name: jurisdictionLabel([l.from], lang),
      symbolSize: 8,
      endLabel: { show: true, formatter: () => `${jurisdictionLabel([l.to], lang)} ${cellValueText(l.to, lang)}` },
      data: [l.from, l.to].map((cell) => ({ value: cell.value, cell })),
    })),
  }));
}
