import { adminLevels } from '../domain/catalog';

/** What a group of places needs to know of each place. */
export interface Place {
  jurisdiction_id: string;
  division_code: string;
  parent_code: string | null;
  admin_level: string;
}

/**
 * A group of places named in a URL instead of listing them: `g:230100-children` (the places right
 * under 230100), `g:130000-counties` (the county-level places anywhere under 130000), `g:230102-peers`
 * (the places of 230102's level under its parent, itself included), `g:level-county` (every county).
 * A link to a province's counties stays short however many there are.
 */
export type PlaceGroup = { kind: 'children' | 'counties' | 'peers'; code: string } | { kind: 'level'; level: string };

const groupShape = /^g:(?:(\d{6})-(children|counties|peers)|level-([a-z_]+))$/;

/** Levels at the county level of the hierarchy, under a prefecture or straight under a province. */
export const countyLevels: readonly string[] = ['county', 'district', 'banner'];

export const isPlaceGroupShaped = (item: string) => groupShape.test(item);

export function parsePlaceGroup(item: string): PlaceGroup | null {
  const match = groupShape.exec(item);
  if (!match) return null;
  if (match[3] !== undefined) return (adminLevels as readonly string[]).includes(match[3]) ? { kind: 'level', level: match[3] } : null;
  return { kind: match[2] as 'children' | 'counties' | 'peers', code: match[1] };
}

export const placeGroupId = (group: PlaceGroup) => (group.kind === 'level' ? `g:level-${group.level}` : `g:${group.code}-${group.kind}`);

/** GB/T 2260 codes nest by prefix: a province's places share its first two digits, a prefecture's its first four. */
const prefixOf = (code: string) => (code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code);

function members(group: PlaceGroup, places: readonly Place[]): Place[] {
  if (group.kind === 'level') return places.filter((p) => p.admin_level === group.level);
  if (group.kind === 'children') return places.filter((p) => p.parent_code === group.code);
  if (group.kind === 'counties') {
    const prefix = prefixOf(group.code);
    return places.filter((p) => countyLevels.includes(p.admin_level) && p.division_code !== group.code && p.division_code.startsWith(prefix));
  }
  const self = places.find((p) => p.division_code === group.code);
  return self ? places.filter((p) => p.parent_code === self.parent_code && p.admin_level === self.admin_level) : [];
}

/** A group the places know: its code is one of theirs (children, counties: or some place's parent), its level a level. */
export function isKnownGroup(item: string, places: readonly Place[]): boolean {
  const group = parsePlaceGroup(item);
  if (!group) return false;
  if (group.kind === 'level') return true;
  return group.kind === 'peers' ? places.some((p) => p.division_code === group.code) : places.some((p) => p.parent_code === group.code || p.division_code === group.code);
}

/** The jurisdiction ids a list of ids and groups stands for, each once, in the order named. */
export function placesOf(items: readonly string[], places: readonly Place[]): string[] {
  const ids = items.flatMap((item) => {
    const group = parsePlaceGroup(item);
    return group ? members(group, places).map((p) => p.jurisdiction_id) : [item];
  });
  return [...new Set(ids)];
}
