import type { Lang } from './format';

/** A lazily loaded view's own words, in both languages; `{slot}`s are filled from `slots`. */
export const wordsOf =
  <W extends Record<string, Record<Lang, string>>>(words: W) =>
  (lang: Lang, key: keyof W, slots: Record<string, string | number> = {}): string =>
    Object.entries(slots).reduce<string>((text, [slot, value]) => text.replaceAll(`{${slot}}`, String(value)), words[key][lang]);
