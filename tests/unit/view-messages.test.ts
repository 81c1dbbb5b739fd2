import { describe, expect, it } from 'vitest';
import { viewMessages } from '../../src/lib/view-messages';

describe('a view’s own words', () => {
  const { m, mf } = viewMessages({ reportedOf: { zh: '{year}年：{N} 个中 {n} 个', en: '{year}: {n} of {N}' } });

  it('fills slots as given, a year without a thousands separator, and leaves an unknown slot visible', () => {
    expect(mf('en', 'reportedOf', { year: 2022, n: 3, N: 1200 })).toBe('2022: 3 of 1200');
    expect(mf('zh', 'reportedOf', { year: 2022, n: 3 })).toBe('2022年：{N} 个中 3 个');
    expect(m('zh', 'reportedOf')).toBe('{year}年：{N} 个中 {n} 个');
  });
});
