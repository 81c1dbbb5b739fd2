import { syntheticBuild, syntheticDataNotice } from './build-kind';
import type { Lang } from './format';

export interface CitedView {
  /** The chart's title in each language. */
  titles: Record<Lang, string>;
  years: readonly number[];
  /** The chart's source line, naming the reports drawn. */
  source: string;
  /** The address of the view, which reproduces it. */
  url: string;
  version: { date: string; hash: string };
  /** The day the analyst looked, YYYY-MM-DD. */
  accessed: string;
}

function yearSpan(years: readonly number[], lang: Lang): string {
  if (years.length === 0) return '';
  const sorted = years.toSorted((a, b) => a - b);
  const span = sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted.at(-1)}`;
  return lang === 'zh' ? `，${span} 年` : `, ${span}`;
}

/** A reference to the view as a reader would write it, with the data version that makes the figures checkable later. */
export function citationText(lang: Lang, view: CitedView): string {
  const { date, hash } = view.version;
  const synthetic = syntheticBuild ? `[${syntheticDataNotice}] ` : '';
  return lang === 'zh'
    ? `${synthetic}${view.titles.zh}${yearSpan(view.years, 'zh')}。法治政府建设指标对比，数据版本 ${date}（${hash}）。${view.source}。${view.url}（访问日期：${view.accessed}）`
    : `${synthetic}“${view.titles.en}${yearSpan(view.years, 'en')}.” Rule-of-law indicators compared, data version ${date} (${hash}). ${view.source}. ${view.url} (accessed ${view.accessed}).`;
}

/** The same address with embed=1: the chart with its notes and source line, without the page around it. */
export function embedUrl(url: string): string {
  const [base, hash = ''] = url.split('#');
  const [path, search = ''] = base.split('?');
  const params = search.split('&').filter((pair) => pair !== '' && !pair.startsWith('embed='));
  const withVersion = params.some((pair) => pair.startsWith('v=')) ? params : ['v=1', ...params];
  return `${path}?${[...withVersion, 'embed=1'].join('&')}${hash ? `#${hash}` : ''}`;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** An iframe as wide as the page it is put in, at the chart's proportions. */
export function embedSnippet(url: string, title: string): string {
  return `<iframe src="${attribute(embedUrl(url))}" title="${attribute(title)}" style="width:100%;aspect-ratio:4/3;min-height:420px;border:0" loading="lazy"></iframe>`;
}
