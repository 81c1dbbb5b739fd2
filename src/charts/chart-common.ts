import type { CellRow } from '../sql/cells-query';
import type { IndicatorOption } from '../sql/catalog-query';
import { formatValue, unitLabel, type Lang } from '../lib/format';
import { syntheticBuild, syntheticDataNotice } from '../lib/build-kind';
import { fill, t, type MessageKey } from '../lib/i18n';

export type SortOrder = 'value_desc' | 'value_asc' | 'name';

/** What every chart builder needs besides its rows. */
export interface ChartContext {
  lang: Lang;
  sort: SortOrder;
  /** Only the N highest and N lowest places are drawn, when set. */
  top: number | null;
  /** The jurisdictions the analyst named one by one (not those of a group of places): a trend always draws them. */
  named: readonly string[];
  /** The page of places drawn, 0-based; a chart that pages clamps it. */
  page: number;
  /** The observation whose source is open: the compare chart marks the bar that holds it. */
  highlight?: string | null;
}

export interface ChartSpec {
  option: Record<string, unknown>;
  height: number;
  /** The chart in words, for screen readers and the page under the chart. */
  summary: string;
  /** The reports cited, written under the chart and into exported images. */
  source: string;
  /** Which page of places is drawn, for a chart that pages them (the family chart does not). */
  paging?: Paging;
}

export interface Paging {
  /** 0-based, within 0 … pages − 1. */
  page: number;
  /** 1 when every place fits on one page. */
  pages: number;
  /** The page's places among all, e.g. "26–50 / 共 356". */
  label: string;
}

export const jurisdictionName = (cell: Pick<CellRow, 'name_zh' | 'name_en'>, lang: Lang) => (lang === 'zh' ? cell.name_zh : cell.name_en);

/** A jurisdiction's axis label, marked when a value shown for it comes from a report added locally. */
export const jurisdictionLabel = (cells: CellRow[], lang: Lang) =>
  `${jurisdictionName(cells[0], lang)}${cells.some((c) => c.is_local && c.status === 'value') ? t(lang, 'localMark') : ''}`;

export const indicatorName = (indicator: IndicatorOption, lang: Lang) => (lang === 'zh' ? indicator.name_zh : indicator.name_en);

export function indicatorTitle(indicator: IndicatorOption, lang: Lang): string {
  const unit = indicator.unit === 'count' ? '' : unitLabel(indicator.unit, lang);
  return unit ? `${indicatorName(indicator, lang)} (${unit})` : indicatorName(indicator, lang);
}

export const unique = <T>(values: T[]) => [...new Set(values)];

export function yearsLabel(years: number[], lang: Lang): string {
  if (years.length === 0) return '';
  const range = years.length === 1 ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`;
  return lang === 'zh' ? `${range}年` : range;
}

export function cellValueText(cell: CellRow, lang: Lang, compact = true): string {
  if (cell.status !== 'value' || cell.value === null) return t(lang, cell.status === 'no_report' ? 'noReport' : 'notReported');
  const flag = cell.flag ? ' ⚑' : '';
  const derived = cell.method === 'derived' ? (lang === 'zh' ? '（计算）' : ' (derived)') : '';
  return `${formatValue(cell.value, cell.unit ?? 'count', cell.qualifier, lang, compact)}${derived}${flag}`;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const shorten = (text: string, max: number) => (text.length > max ? `…${text.slice(text.length - max)}` : text);

/** Tooltip for one cell: value with unit and qualifier, how it was obtained, its scope, and the quote. */
export function cellTooltip(cell: CellRow, lang: Lang): string {
  const head = `<b>${escapeHtml(jurisdictionName(cell, lang))} · ${cell.year}</b>`;
  if (cell.status !== 'value') return `${head}<br/>${escapeHtml(cellValueText(cell, lang))}`;
  const lines = [
    `${head}<br/>${escapeHtml(formatValue(cell.value!, cell.unit ?? 'count', cell.qualifier, lang))}`,
    `${t(lang, cell.method === 'derived' ? 'derived' : 'reported')} · ${t(lang, `qualifier_${cell.qualifier}` as MessageKey)} · ${t(lang, `scope_${cell.scope}` as MessageKey)}`,
    cell.body_level === 'department' ? `${t(lang, 'bodyDepartment')}: ${escapeHtml(lang === 'zh' ? cell.reporting_body_zh ?? '' : cell.reporting_body_en ?? '')}` : '',
    cell.quote ? `<i>“${escapeHtml(shorten(cell.quote, 90))}”</i>` : '',
    cell.flag_note ? `⚑ ${escapeHtml(cell.flag_note)}` : '',
    cell.is_local ? `<b>${t(lang, 'localReport')}</b>` : '',
    cell.other_values > 0 ? `+${cell.other_values} ${t(lang, 'otherValues')}` : '',
    `<span style="color:#666">${t(lang, 'clickForSource')}</span>`,
  ];
  return lines.filter(Boolean).join('<br/>');
}

/** Said on the chart when the values compared do not cover the same thing. */
function comparabilityNotes(cells: CellRow[], lang: Lang): string[] {
  const shown = cells.filter((c) => c.status === 'value');
  const scopes = unique(shown.map((c) => c.scope ?? 'not_stated'));
  const notes: string[] = [];
  if (scopes.length > 1) notes.push(`${t(lang, 'mixedScopes')}: ${scopes.map((s) => t(lang, `scope_${s}` as MessageKey)).join(' / ')}`);
  const departments = unique(shown.filter((c) => c.body_level === 'department').map((c) => (lang === 'zh' ? c.reporting_body_zh : c.reporting_body_en)));
  if (departments.length > 0) notes.push(`${t(lang, 'mixedBodies')}: ${departments.join(', ')}`);
  const local = unique(shown.filter((c) => c.is_local).map((c) => reportLabel(c, lang)));
  if (local.length > 0) notes.push(`${t(lang, 'localReport')}: ${local.join(', ')}`);
  return notes;
}

const reportLabel = (c: CellRow, lang: Lang) => `${lang === 'zh' ? c.reporting_body_zh : c.reporting_body_en} ${yearsLabel([c.year], lang)}`;

/** The reports the shown values come from, for the line under the chart. */
export function sourceLine(cells: CellRow[], lang: Lang): string {
  const bodies = unique(
    cells.filter((c) => c.status === 'value').map((c) => `${reportLabel(c, lang)}${c.is_local ? `（${t(lang, 'localReport')}）` : ''}`),
  );
  const label = lang === 'zh' ? '来源：法治政府建设情况报告 — ' : 'Source: annual rule-of-law reports — ';
  return `${syntheticBuild ? `${syntheticDataNotice} · ` : ''}${label}${bodies.join(lang === 'zh' ? '；' : '; ')}`;
}

/** Jurisdiction ids in the order the sort asks for; those without any value go last. */
function orderJurisdictions(cells: CellRow[], ctx: ChartContext): string[] {
  const best = new Map<string, { name: string; value: number | null }>();
  for (const c of cells) {
    const current = best.get(c.jurisdiction_id);
    const value = c.status === 'value' ? c.value : null;
    const top = current?.value ?? null;
    best.set(c.jurisdiction_id, { name: jurisdictionName(c, ctx.lang), value: value !== null && (top === null || value > top) ? value : top });
  }
  const byName = (a: string, b: string) => best.get(a)!.name.localeCompare(best.get(b)!.name, ctx.lang === 'zh' ? 'zh-CN' : 'en');
  return [...best.keys()].sort((a, b) => {
    if (ctx.sort === 'name') return byName(a, b);
    const va = best.get(a)!.value;
    const vb = best.get(b)!.value;
    if (va === null || vb === null) return va === null && vb === null ? byName(a, b) : va === null ? 1 : -1;
    return ctx.sort === 'value_desc' ? vb - va || byName(a, b) : va - vb || byName(a, b);
  });
}

/**
 * Top and bottom N: the cells of the places in the N highest and N lowest positions of the sort order,
 * ranked among the places with a value. The places without one are not drawn, so the note counts them.
 */
export function topAndBottom(cells: CellRow[], ctx: ChartContext): { cells: CellRow[]; notes: string[] } {
  if (ctx.top === null) return { cells, notes: [] };
  const n = ctx.top;
  const reporting = new Set(cells.filter((c) => c.status === 'value').map((c) => c.jurisdiction_id));
  const ranked = orderJurisdictions(cells, ctx).filter((id) => reporting.has(id));
  const kept = new Set(2 * n >= ranked.length ? ranked : [...ranked.slice(0, n), ...ranked.slice(-n)]);
  const silent = unique(cells.map((c) => c.jurisdiction_id)).length - ranked.length;
  const note = fill(ctx.lang, kept.size === ranked.length ? 'topAll' : 'topBottom', { n, total: ranked.length });
  return {
    cells: cells.filter((c) => kept.has(c.jurisdiction_id)),
    notes: [silent > 0 ? `${note}${fill(ctx.lang, 'topSilent', { n: silent })}` : note],
  };
}

/** The chart in words: its notes first, so that what it leaves out is heard before its values. */
export function describeCells(cells: CellRow[], indicator: IndicatorOption, lang: Lang, notes: string[] = []): string {
  const parts = cells.map((c) => `${jurisdictionName(c, lang)} ${yearsLabel([c.year], lang)}: ${cellValueText(c, lang, false)}`);
  return `${indicatorTitle(indicator, lang)} — ${[...notes, ...parts].join(lang === 'zh' ? '；' : '; ')}`;
}

export const baseTitle = (text: string, subtext: string) => ({
  text,
  subtext,
  left: 8,
  top: 4,
  textStyle: { fontSize: 16, fontWeight: 600 },
  subtextStyle: { fontSize: 12, color: '#8a4b00', lineHeight: 16 },
});


const palette = ['#2f6db5', '#d9822b', '#3a9a5b', '#a84f9c', '#c23b3b', '#5f6b7a', '#1f9aa8', '#b59a2f'];

/**
 * What every chart of cells shares: its years, jurisdiction order, cell lookup, notes and common option parts.
 * `chartNotes` say what the chart leaves out, before the notes on comparability.
 */
export function chartFrame(cells: CellRow[], ctx: ChartContext, title: string, chartNotes: string[] = []) {
  const years = unique(cells.map((c) => c.year)).sort();
  const notes = [...chartNotes, ...comparabilityNotes(cells, ctx.lang)];
  const byKey = new Map(cells.map((c) => [`${c.indicator_id}|${c.jurisdiction_id}|${c.year}`, c]));
  return {
    years,
    notes,
    order: orderJurisdictions(cells, ctx),
    cellAt: (indicatorId: string, jurisdictionId: string, year: number) => byKey.get(`${indicatorId}|${jurisdictionId}|${year}`),
    common: {
      animation: false,
      color: palette,
      title: baseTitle(`${title} · ${yearsLabel(years, ctx.lang)}`, notes.join('\n')),
      tooltip: { trigger: 'item', confine: true, formatter: (p: { data: { cell?: CellRow } }) => (p.data?.cell ? cellTooltip(p.data.cell, ctx.lang) : '') },
    },
  };
}

/** ECharts' aria label: the chart's summary, read out by screen readers. */
export const ariaLabel = (summary: string) => ({ enabled: true, label: { description: summary } });
