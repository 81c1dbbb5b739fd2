import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../src/lib/format';

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
