import type { Lang } from './format';

/**
 * A lazily loaded view's own words: `m` gives one, `mf` fills its `{name}` slots as given, so that
 * years and ids stay as written (2022, not 2,022).
 */
export function viewMessages<K extends string>(strings: Record<K, Record<Lang, string>>) {
  const m = (lang: Lang, key: K): string => strings[key][lang];
  const mf = (lang: Lang, key: K, slots: Record<string, string | number>): string =>
    m(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
  return { m, mf };
}
