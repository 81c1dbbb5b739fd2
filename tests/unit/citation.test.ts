import { describe, expect, it } from 'vitest';
import { citationText, embedSnippet, embedUrl } from '../../src/lib/citation';

const view = {
  titles: { zh: '调解成功率 (%)', en: 'Mediation success rate (%)' },
  years: [2022, 2020],
  source: '来源：法治政府建设情况报告 — 锡林郭勒盟行政公署 2020年',
  url: 'https://example.org/app/?v=1&ind=mediation_success_rate&j=xilingol,harbin',
  version: { date: '2026-12-02', hash: '0123456789ab' },
  accessed: '2026-12-03',
};

describe('citations', () => {
  it('name the view, its years, the data version and the address, in each language', () => {
    expect(citationText('zh', view)).toBe(
      '调解成功率 (%)，2020–2022 年。法治政府建设指标对比，数据版本 2026-12-02（0123456789ab）。来源：法治政府建设情况报告 — 锡林郭勒盟行政公署 2020年。https://example.org/app/?v=1&ind=mediation_success_rate&j=xilingol,harbin（访问日期：2026-12-03）',
    );
    expect(citationText('en', { ...view, years: [2020] })).toBe(
      '“Mediation success rate (%), 2020.” Rule-of-law indicators compared, data version 2026-12-02 (0123456789ab). 来源：法治政府建设情况报告 — 锡林郭勒盟行政公署 2020年. https://example.org/app/?v=1&ind=mediation_success_rate&j=xilingol,harbin (accessed 2026-12-03).',
    );
  });
});

describe('embedding', () => {
  it('adds embed=1 to the address once, keeping the view and its version', () => {
    expect(embedUrl('https://example.org/app/')).toBe('https://example.org/app/?v=1&embed=1');
    expect(embedUrl(view.url)).toBe(`${view.url}&embed=1`);
    expect(embedUrl(`${view.url}&embed=1#top`)).toBe(`${view.url}&embed=1#top`);
  });

  it('writes an iframe as wide as its page, its attributes escaped', () => {
    const snippet = embedSnippet('https://example.org/?v=1&j=a"b', 'A <b> & "c"');
    expect(snippet).toContain('src="https://example.org/?v=1&amp;j=a&quot;b&amp;embed=1"');
    expect(snippet).toContain('title="A &lt;b> &amp; &quot;c&quot;"');
    expect(snippet).toMatch(/style="width:100%;/);
  });
});
