import { useMemo, useState } from 'react';
import type { Lang } from '../../lib/format';
import { fill, t, type MessageKey } from '../../lib/i18n';
import type { PlaceOption } from '../../sql/catalog-query';
import { placeGroupId, placesOf } from '../../state/place-groups';

interface Props {
  lang: Lang;
  places: readonly PlaceOption[];
  onAdd(item: string): void;
}

/**
 * Province → prefecture → county, one select per level: the place reached is added on its own,
 * with the places under it, or with its peers, each as the short group id a link carries.
 */
export default function PlaceBrowser({ lang, places, onAdd }: Props) {
  const [path, setPath] = useState<string[]>([]);
  // A place hangs under its parent when the parent is listed, else at the top.
  const { childrenOf, byCode } = useMemo(() => {
    const byCode = new Map(places.map((p) => [p.division_code, p]));
    const childrenOf = new Map<string | null, PlaceOption[]>();
    for (const p of places.toSorted((a, b) => a.division_code.localeCompare(b.division_code))) {
      const parent = p.parent_code !== null && byCode.has(p.parent_code) ? p.parent_code : null;
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), p]);
    }
    return { childrenOf, byCode };
  }, [places]);
  const name = (p: PlaceOption) => (lang === 'zh' ? p.name_zh : p.name_en);
  const levels = [null, ...path].map((code) => childrenOf.get(code) ?? []).filter((options) => options.length > 0);
  const reached = path.length > 0 ? byCode.get(path[path.length - 1]) : undefined;
  // Each button counts the members of the group it adds, as the URL will read them.
  const groupOf = (kind: 'children' | 'counties' | 'peers') => (reached ? placeGroupId({ kind, code: reached.division_code }) : '');
  const count = (kind: 'children' | 'counties' | 'peers') => (reached ? placesOf([groupOf(kind)], places).length : 0);
  const [under, counties, peers] = [count('children'), count('counties'), count('peers')];
  return (
    <fieldset className="field place-browser" data-testid="place-browser">
      <legend>{t(lang, 'browsePlaces')}</legend>
      {levels.map((options, depth) => (
        <select
          key={depth}
          aria-label={fill(lang, 'browseLevel', { n: depth + 1 })}
          value={path[depth] ?? ''}
          onChange={(e) => setPath([...path.slice(0, depth), ...(e.target.value ? [e.target.value] : [])])}
          data-testid={`browse-level-${depth}`}
        >
          <option value="">{t(lang, 'browseChoose')}</option>
          {options.map((p) => (
            <option key={p.division_code} value={p.division_code}>
              {name(p)} · {t(lang, `level_${p.admin_level}` as MessageKey)}
            </option>
          ))}
        </select>
      ))}
      {reached && (
        <div className="browse-actions">
          <button type="button" onClick={() => onAdd(reached.jurisdiction_id)} data-testid="browse-add-place">{fill(lang, 'addPlace', { name: name(reached) })}</button>
          {under > 0 && (
            <button type="button" onClick={() => onAdd(groupOf('children'))} data-testid="browse-add-children">
              {fill(lang, 'addChildren', { name: name(reached), n: under })}
            </button>
          )}
          {counties > 0 && (
            <button type="button" onClick={() => onAdd(groupOf('counties'))} data-testid="browse-add-counties">
              {fill(lang, 'addCounties', { name: name(reached), n: counties })}
            </button>
          )}
          {peers > 1 && (
            <button type="button" onClick={() => onAdd(groupOf('peers'))} data-testid="browse-add-peers">
              {fill(lang, 'addPeers', { name: name(reached), n: peers - 1 })}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
