import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/words';

describe('a view’s own words', () => {
  const m = wordsOf({ reportedOf: { zh: '{year}年：{N} 个中 {n} 个', en: '{year}: {n} of {N}' } });

  it('fill their slots, counts grouped as the language writes them, a year as written, an unknown slot left visible', () => {
    expect(m('en', 'reportedOf', { year: '2022', n: 3, N: 1200 })).toBe('2022: 3 of 1,200');
    expect(m('zh', 'reportedOf', { year: '2022', n: 3 })).toBe('2022年：{N} 个中 3 个');
    expect(m('zh', 'reportedOf')).toBe('{year}年：{N} 个中 {n} 个');
  });
});
