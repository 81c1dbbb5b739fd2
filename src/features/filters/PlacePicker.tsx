import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { fill, t, type MessageKey } from '../../lib/i18n';
import { isPlaceGroupShaped, parsePlaceGroup } from '../../state/place-groups';
import type { ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { CheckboxGroup, toggle } from './CheckboxGroup';

interface Props {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

/** At most this many unticked places are listed; a search by name or code finds the others. */
const listed = 40;

const groupLabels = { children: 'groupChildren', counties: 'groupCounties', peers: 'groupPeers' } as const;

// Only a corpus of many places needs them, so the five-report build never loads their code.
const PlaceBrowser = lazy(() => import('./PlaceBrowser'));
const SavedSelections = lazy(() => import('./SavedSelections'));

/**
 * The places to compare: the ticked ones and the groups a link named, then those the search matches
 * (Chinese or English name, or the start of the division code), so that thousands of places stay a
 * short list; with that many, a browser by division and the analyst's saved selections too.
 */
export function PlacePicker({ state, catalog, update }: Props) {
  const lang = state.lang;
  const id = useId();
  const [search, setSearch] = useState('');
  // The browser and saved selections are the client's: the prerendered page leaves them out, as its first render must.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // A place known only from a report kept here is marked so; one with published reports is not.
  const places = useMemo(
    () => catalog.places.map((p) => ({ ...p, label: `${lang === 'zh' ? p.name_zh : p.name_en}${p.is_local ? t(lang, 'localMark') : ''}` })),
    [catalog, lang],
  );
  const needle = search.trim().toLowerCase();
  const matches = places.filter((p) => needle === '' || p.name_zh.includes(needle) || p.name_en.toLowerCase().includes(needle) || p.division_code.startsWith(needle));
  const ticked = new Set(state.jurisdictions);
  const shown = matches.filter((p) => !ticked.has(p.jurisdiction_id)).slice(0, listed);
  const label = new Map(places.map((p) => [p.jurisdiction_id, p.label]));
  const codeName = new Map(places.map((p) => [p.division_code, lang === 'zh' ? p.name_zh : p.name_en]));
  // A group of places a link named stays a box of its own: unticking it takes the whole group out.
  const groupLabel = (item: string) => {
    const group = parsePlaceGroup(item)!;
    if (group.kind === 'level') return `${t(lang, 'groupLevel')}: ${t(lang, `level_${group.level}` as MessageKey)}`;
    return `${codeName.get(group.code) ?? group.code} · ${t(lang, groupLabels[group.kind])}`;
  };
  const hidden = matches.length - shown.length - matches.filter((p) => ticked.has(p.jurisdiction_id)).length;
  return (
    <div className="place-picker">
      {places.length > listed && (
        <>
          <div className="field">
            <label htmlFor={`${id}-search`}>{t(lang, 'searchPlaces')}</label>
            <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="place-search" />
          </div>
          {hydrated && (
            <Suspense fallback={null}>
              <PlaceBrowser lang={lang} places={catalog.places} onAdd={(item) => update({ jurisdictions: [...state.jurisdictions.filter((j) => j !== item), item] })} />
              <SavedSelections lang={lang} current={state.jurisdictions} onApply={(items) => update({ jurisdictions: items })} />
            </Suspense>
          )}
        </>
      )}
      <CheckboxGroup
        legend={`${t(lang, 'jurisdictions')} (${state.jurisdictions.length === 0 ? t(lang, 'all') : state.jurisdictions.length})`}
        items={[...state.jurisdictions, ...shown.map((p) => p.jurisdiction_id)]}
        checked={state.jurisdictions}
        label={(item) => (isPlaceGroupShaped(item) ? groupLabel(item) : (label.get(item) ?? item))}
        onToggle={(item) => update({ jurisdictions: toggle(state.jurisdictions, item) })}
        testId="jurisdiction-filter"
      />
      {hidden > 0 && <p className="hint">{fill(lang, 'morePlaces', { n: hidden })}</p>}
    </div>
  );
}
