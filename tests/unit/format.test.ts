import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../scripts/io/app-database';
import { formatNumber, formatValue, unitName } from '../../src/lib/format';
import { projectRoot } from '../helpers/sources';

describe('number formatting', () => {
  it.each([
    [29764, '2.98万'],
    [20000, '2万'],
    [12270000000, '122.7亿'],
    [203811000, '2.04亿'],
    [9999, '9999'],
    [43500, '4.35万'],
  ])('Chinese compact %d → %s', (value, expected) => {
    expect(formatNumber(value, 'zh', true)).toBe(expected);
  });

  it.each([
    [29764, '29.76K'],
    [12270000000, '12.27B'],
    [515, '515'],
  ])('English compact %d → %s', (value, expected) => {
    expect(formatNumber(value, 'en', true)).toBe(expected);
  });

  it('writes full numbers with thousands separators', () => {
    expect(formatNumber(2419000, 'zh', false)).toBe('2,419,000');
    expect(formatNumber(2419000, 'en', false)).toBe('2,419,000');
  });

  it('marks qualifiers and units', () => {
    expect(formatValue(20000, 'count', 'at_least', 'zh', true)).toBe('≥2万');
    expect(formatValue(98.2193, 'percent', 'exact', 'en')).toBe('98.22%');
    expect(formatValue(2000000, 'count', 'approx', 'zh', true)).toBe('≈200万');
    expect(formatValue(3000000, 'person', 'at_least', 'zh', true)).toBe('≥300万人');
    expect(formatValue(826000000, 'yuan', 'exact', 'en', true)).toBe('826M yuan');
  });
});

describe('unit names', () => {
  it('names a count by the measure word after its figure, not after the same digits in a year', () => {
    expect(unitName('count', 'zh', '2022年共办理行政复议案件2件', '2')).toBe('件');
    expect(unitName('count', 'zh', '化解矛盾纠纷1,234余起', '1,234')).toBe('起');
    expect(unitName('count', 'zh', '清理规范性文件2022年度', '2')).toBe('计数');
    expect(unitName('count', 'en', '办理案件2件', '2')).toBe('count');
    expect(unitName('percent', 'zh')).toBe('%');
    expect(unitName('person_time', 'en')).toBe('person-times');
  });

  it('gives every published observation a reader’s unit, and most counts their report’s measure word', async () => {
    const db = await openAppDatabase(join(projectRoot, 'public/data'));
    try {
      type Row = { unit: string; quote: string | null; value_text: string | null };
      const rows = await db.query({ sql: "SELECT unit, quote, value_text FROM observations WHERE method = 'reported'", params: [] }, (r) => r as Row[]);
      const zh = rows.map((r) => unitName(r.unit, 'zh', r.quote, r.value_text));
      const en = rows.map((r) => unitName(r.unit, 'en', r.quote, r.value_text));
      expect(zh.filter((name) => /[a-z]/.test(name))).toEqual([]);
      expect(en.filter((name) => /_|^percent$/.test(name))).toEqual([]);
      const counts = zh.filter((_, n) => rows[n].unit === 'count');
      expect(counts.filter((name) => name === '计数').length).toBeLessThan(counts.length * 0.1);
      // 哈尔滨's traditional text keeps its own script.
      expect(counts).toContain('件');
      expect(counts).toContain('項');
    } finally {
      db.close();
    }
  });
});
