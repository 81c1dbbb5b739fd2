import type { IndicatorOption } from '../sql/catalog-query';
import { formatNumber, unitLabel, type Lang } from '../lib/format';
import { cellValueText, escapeHtml, indicatorTitle, jurisdictionLabel, type ChartSpec } from './chart-common';
import { provenanceTooltip } from './provenance-tooltip';
import { framedSpec } from './spec-frame';
import { rankLabel, type RankEntry, type RankGroup, type YearRanking } from './ranking';

export interface RankChartInput {
  rankings: YearRanking[];
  indicator: IndicatorOption;
  lang: Lang;
  title: string;
  /** The line over each group's bars, in the view's words. */
  heading(year: YearRanking, group: RankGroup): string;
  /** Said before any value: n of N, the places not ranked, the rules, warnings. */
  notes: string[];
}

type Row = { label: string; entry?: RankEntry };

/** A heading row (no bar) over each year's group, then its places in rank order. */
function rowsOf(input: RankChartInput): Row[] {
  return input.rankings.flatMap((year) =>
    year.groups.flatMap((group) => [
      { label: `{heading|${input.heading(year, group)}}` },
      ...group.entries.map((entry) => ({ label: `${rankLabel(entry)}  ${jurisdictionLabel([entry.cell], input.lang)}`, entry })),
    ]),
  );
}

const barOf = (row: Row, lang: Lang) => {
  if (!row.entry) return { value: null };
  const { cell } = row.entry;
  return {
    value: cell.value,
    cell,
    entry: row.entry,
    label: { formatter: cellValueText(cell, lang) },
    // Derived values dashed, as in every chart; a value whose rank is open is lighter.
    itemStyle: {
      opacity: cell.method === 'derived' || row.entry.best !== row.entry.worst ? 0.6 : 1,
      ...(cell.method === 'derived' ? { borderType: 'dashed', borderColor: '#333', borderWidth: 1 } : {}),
    },
  };
};

function tooltip(p: { data: { entry?: RankEntry } }, lang: Lang): string {
  const entry = p.data?.entry;
  if (!entry) return '';
  return `<b>#${escapeHtml(rankLabel(entry))}</b><br/>${provenanceTooltip(entry.cell, lang)}`;
}

/** The ranking in words, notes first. */
function describe(input: RankChartInput): string {
  const { lang } = input;
  const join = lang === 'zh' ? '；' : '; ';
  const groups = input.rankings.flatMap((year) =>
    year.groups.map((group) => `${input.heading(year, group)}: ${group.entries.map((e) => `${rankLabel(e)} ${jurisdictionLabel([e.cell], lang)} ${cellValueText(e.cell, lang, false)}`).join(', ')}`),
  );
  return `${indicatorTitle(input.indicator, lang)} — ${[...input.notes, ...groups].join(join)}`;
}

/** A horizontal bar per ranked place, grouped by year, scope and body level, its rank (or rank range) before its name. */
export function buildRankOption(input: RankChartInput): ChartSpec {
  const { lang, indicator } = input;
  const rows = rowsOf(input);
  const cells = input.rankings.flatMap((y) => y.groups.flatMap((g) => g.entries.map((e) => e.cell)));
  const summary = describe(input);
  const frame = { title: input.title, notes: input.notes, summary, cells, lang, height: 120 + rows.length * 30 };
  return framedSpec(frame, (notesHeight) => ({
    color: ['#2f6db5'],
    tooltip: { trigger: 'item', confine: true, formatter: (p: { data: { entry?: RankEntry } }) => tooltip(p, lang) },
    grid: { left: 24, right: 110, top: 56 + notesHeight, bottom: 36, containLabel: true },
    xAxis: { type: 'value', name: unitLabel(indicator.unit, lang), axisLabel: { formatter: (v: number) => formatNumber(v, lang, true) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { rich: { heading: { fontWeight: 600, color: '#444', fontSize: 12 } } },
    },
    series: [{ type: 'bar', barMaxWidth: 20, label: { show: true, position: 'right', fontSize: 11 }, data: rows.map((r) => barOf(r, lang)) }],
  }));
}
