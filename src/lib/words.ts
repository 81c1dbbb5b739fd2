import type { Lang } from './format';
import { fillSlots } from './i18n';

/** A lazily loaded view's own words, in both languages; `{slot}`s are filled as `fill` fills the app's messages. */
export const wordsOf =
  <W extends Record<string, Record<Lang, string>>>(words: W) =>
  (lang: Lang, key: keyof W, slots: Record<string, string | number> = {}): string =>
    fillSlots(lang, words[key][lang], slots);
