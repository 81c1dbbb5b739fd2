import { echarts, loadExportRenderers } from './echarts';
import { addPngText } from './png-text';

const exportWidth = 1200;

/** The exported image is the on-screen chart at a fixed width, with its source line, without tooltips. */
const printable = (option: Record<string, unknown>, source: string) => ({
  ...option,
  animation: false,
  tooltip: undefined,
  backgroundColor: '#ffffff',
  graphic: [{ type: 'text', left: 8, bottom: 8, style: { text: source, fontSize: 11, fill: '#444', width: exportWidth - 16, overflow: 'break' } }],
});

function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export interface ExportMeta {
  title: string;
  source: string;
  url: string;
  exportedAt: string;
}

/** PNG at 2× pixel ratio, carrying the view's URL and the export date in its text chunks. */
export async function renderPng(option: Record<string, unknown>, height: number, meta: ExportMeta): Promise<Blob> {
  await loadExportRenderers();
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-99999px;top:0;width:${exportWidth}px;height:${height}px`;
  document.body.append(host);
  const chart = echarts.init(host, undefined, { renderer: 'canvas', width: exportWidth, height, devicePixelRatio: 2 });
  try {
    chart.setOption(printable(option, meta.source));
    const png = dataUrlBytes(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }));
    const tagged = addPngText(png, { Title: meta.title, Source: meta.url, 'Creation Time': meta.exportedAt, Software: 'rule-of-law-indicators' });
    return new Blob([tagged as BlobPart], { type: 'image/png' });
  } finally {
    chart.dispose();
    host.remove();
  }
}

/** SVG rendered without a DOM (ECharts' server-side mode), with the view's URL in a comment. */
export async function renderSvg(option: Record<string, unknown>, height: number, meta: ExportMeta): Promise<Blob> {
  await loadExportRenderers();
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: exportWidth, height });
  try {
    chart.setOption(printable(option, meta.source));
    const comment = `<!-- ${meta.url.replace(/--/g, '%2D%2D')} · exported ${meta.exportedAt} -->`;
    return new Blob([chart.renderToSVGString().replace(/^(<svg[^>]*>)/, `$1${comment}`)], { type: 'image/svg+xml' });
  } finally {
    chart.dispose();
  }
}

