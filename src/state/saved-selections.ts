import { z } from 'zod';
import { isPlaceGroupShaped } from './place-groups';

/**
 * A named choice of places (ids and groups) kept in this browser, to be picked again as a peer
 * group. Applying one writes its items into the URL, so a shared link needs nothing kept here.
 */
export interface SavedSelection {
  name: string;
  items: string[];
}

const storageKey = 'saved-place-selections';
const placeItem = z.string().refine((item) => /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(item) || isPlaceGroupShaped(item));
const savedSchema = z.array(z.object({ name: z.string().trim().min(1).max(60), items: z.array(placeItem).min(1).max(500) }));

/** What this browser kept; anything unreadable (another app's key, a hand edit) counts as nothing. */
export function readSavedSelections(storage: Pick<Storage, 'getItem'>): SavedSelection[] {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(storage.getItem(storageKey) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Saving under a name already used replaces it; the list stays in name order. */
export function withSelection(saved: readonly SavedSelection[], selection: SavedSelection): SavedSelection[] {
  return [...saved.filter((s) => s.name !== selection.name), selection].sort((a, b) => a.name.localeCompare(b.name));
}

export function writeSavedSelections(storage: Pick<Storage, 'setItem'>, saved: readonly SavedSelection[]) {
  storage.setItem(storageKey, JSON.stringify(savedSchema.parse(saved)));
}
