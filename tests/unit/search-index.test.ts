import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/features/catalog/catalog';
import { buildSearchIndex, normalizeForSearch, searchIndex } from '../../src/search/search-index';
import { sentenceAt, sentencesOf } from '../../src/search/sentences';
import { projectRoot } from '../helpers/sources';

const texts = catalog.reports.map((r) => ({ id: r.report_id, text: readFileSync(join(projectRoot, 'public/data/reports', `${r.report_id}.txt`), 'utf8') }));
const textOf = (id: string) => texts.find((t) => t.id === id)!.text;
const index = buildSearchIndex(texts);

/** Every place a plain scan of the normalised texts finds: what the index must give, no more, no less. */
const scanned = (query: string) => {
  const needle = normalizeForSearch(query);
  return texts.flatMap(({ id, text }) => {
    const normal = normalizeForSearch(text);
    const hits = [];
    for (let at = normal.indexOf(needle); at !== -1; at = normal.indexOf(needle, at + 1)) hits.push({ id, start: at, end: at + needle.length });
    return hits;
  });
};

describe('full-text search over the real reports', () => {
  it('keeps every text’s length, so offsets found in the normalised text point into the original', () => {
    for (const { text } of texts) expect(normalizeForSearch(text)).toHaveLength(text.length);
  });

  it('finds 复议 written traditionally in harbin-2022 and simply in the others, at the original offsets', () => {
    const hits = searchIndex(index, '复议');
    const harbin = hits.filter((h) => h.id === 'harbin-2022');
    expect(harbin.length).toBeGreaterThan(3);
    for (const h of harbin) expect(textOf(h.id).slice(h.start, h.end)).toBe('復議');
    const simplified = hits.filter((h) => h.id !== 'harbin-2022');
    expect(new Set(simplified.map((h) => h.id)).size).toBeGreaterThanOrEqual(3);
    for (const h of simplified) expect(textOf(h.id).slice(h.start, h.end)).toBe('复议');
    expect(hits).toEqual(scanned('复议'));
  });

  it('finds simplified text from a traditional query', () => {
    const hits = searchIndex(index, '複議');
    expect(hits).toEqual(searchIndex(index, '复议'));
  });

  it('gives exactly the places a scan gives: every bigram of the query, one after another, nothing else', () => {
    for (const query of ['行政执法', '规范性文件', '首违不罚', '法治', '调解', '行政复议案件', '1758件', '法', '%']) expect(searchIndex(index, query)).toEqual(scanned(query));
    // Both bigrams occur in the texts, never together: AND, not OR.
    expect(index.postings.has('复议') && index.postings.has('议法')).toBe(true);
    expect(scanned('复议法')).toEqual([]);
    expect(searchIndex(index, '复议法')).toEqual([]);
    expect(searchIndex(index, '没有这句话的报告')).toEqual([]);
    expect(searchIndex(index, '   ')).toEqual([]);
  });

  it('reads Latin letters and full-width digits case- and width-insensitively', () => {
    const sample = buildSearchIndex([{ id: 'a', text: '推进ＡＰＰ建设，共Ｐpp平台2个。' }]);
    expect(searchIndex(sample, 'app').map((h) => h.start)).toEqual([2]);
    expect(searchIndex(sample, 'PPP').map((h) => h.start)).toEqual([9]);
    expect(searchIndex(sample, '２个').map((h) => h.start)).toEqual([14]);
  });

  it('cuts the sentence around a hit at 。！？； and line breaks', () => {
    const text = '第一句。第二句有复议；第三句\n第四句复议！';
    expect(sentenceAt(text, 8, 10)).toEqual({ start: 4, end: 11 });
    expect(text.slice(sentenceAt(text, 18, 20).start, sentenceAt(text, 18, 20).end)).toBe('第四句复议！');
    const harbin = sentencesOf(searchIndex(index, '复议').filter((h) => h.id === 'harbin-2022'), textOf);
    expect(textOf('harbin-2022').slice(harbin[0].start, harbin[0].end)).toMatch(/^[^。；\n]*復議[^。；\n]*[。；]?$/);
    expect(harbin.flatMap((s) => s.hits)).toHaveLength(searchIndex(index, '复议').filter((h) => h.id === 'harbin-2022').length);
  });
});
