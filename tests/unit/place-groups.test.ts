import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/features/catalog/catalog';
import { isKnownGroup, parsePlaceGroup, placeGroupId, placesOf } from '../../src/state/place-groups';
import { filtersOf } from '../../src/state/view-inputs';
import { readSavedSelections, withSelection, writeSavedSelections } from '../../src/state/saved-selections';
import { defaultViewState, parseViewState, serializeViewState } from '../../src/state/view-state';

// The bundled catalog's places: harbin (230100, under 230000) and 兴安区 of 鹤岗 (230405, under 230400) among them.
const places = catalog.places;
const known = {
  indicators: new Set(catalog.indicators.map((i) => i.indicator_id)),
  categories: new Set(catalog.indicators.map((i) => i.category)),
  jurisdictions: new Set(places.map((p) => p.jurisdiction_id)),
  years: new Set(catalog.years),
  reports: new Set(catalog.reports.map((r) => r.report_id)),
  places,
};

describe('groups of places in a URL', () => {
  it('stand for the places under a code, of a place’s level under its parent, or of a level', () => {
    expect(placesOf(['g:230000-children'], places)).toEqual(['harbin']);
    expect(placesOf(['g:230405-peers'], places)).toEqual(['hegang-xingan']);
    expect(placesOf(['g:level-prefecture_city', 'harbin'], places).toSorted()).toEqual(['harbin', 'lianyungang', 'yueyang']);
    expect(placesOf(['xilingol', 'g:level-league'], places)).toEqual(['xilingol']);
    // 兴安区 lies in 黑龙江 through 鹤岗, a city with no report of its own: counties are found by their code.
    expect(placesOf(['g:230000-counties'], places)).toEqual(['hegang-xingan']);
    expect(placesOf(['g:230400-counties'], places)).toEqual(['hegang-xingan']);
    expect(placesOf(['g:230100-counties'], places)).toEqual([]);
  });

  it('round-trip through the URL as they were written, and reach the queries as ids', () => {
    const state = { ...defaultViewState, view: 'trend' as const, jurisdictions: ['g:230000-children', 'xilingol'] };
    const search = serializeViewState(state);
    expect(search).toBe('v=1&view=trend&j=g:230000-children,xilingol');
    expect(parseViewState(search, known)).toEqual({ state, notices: [] });
    expect(filtersOf(state, places).jurisdictions).toEqual(['harbin', 'xilingol']);
    for (const id of ['g:230000-children', 'g:230000-counties', 'g:230405-peers', 'g:level-county']) expect(placeGroupId(parsePlaceGroup(id)!)).toBe(id);
  });

  it('are refused, with a notice, for a code the places do not have, a level that is not one, or a malformed group', () => {
    const { state, notices } = parseViewState('v=1&j=g:999999-children,g:level-kingdom,g:23-children,harbin', known);
    expect(state.jurisdictions).toEqual(['harbin']);
    expect(notices).toEqual([
      { param: 'j', value: 'g:999999-children', reason: 'unknown_value' },
      { param: 'j', value: 'g:level-kingdom', reason: 'unknown_value' },
      { param: 'j', value: 'g:23-children', reason: 'malformed' },
    ]);
    expect(isKnownGroup('g:230100-peers', places)).toBe(true);
  });
});

describe('selections saved in this browser', () => {
  const memory = () => {
    const items = new Map<string, string>();
    return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
  };

  it('keep ids and groups under a name, replaced when saved again under it', () => {
    const storage = memory();
    writeSavedSelections(storage, withSelection([], { name: '黑龙江', items: ['g:230000-counties', 'harbin'] }));
    const saved = withSelection(readSavedSelections(storage), { name: '黑龙江', items: ['harbin'] });
    writeSavedSelections(storage, withSelection(saved, { name: 'A', items: ['g:level-province'] }));
    expect(readSavedSelections(storage)).toEqual([{ name: 'A', items: ['g:level-province'] }, { name: '黑龙江', items: ['harbin'] }]);
  });

  it('read anything unreadable as nothing saved', () => {
    for (const text of ['not json', '{"name":"x"}', '[{"name":"x","items":["DROP TABLE"]}]', '[{"name":"","items":["harbin"]}]']) {
      const storage = memory();
      storage.setItem('saved-place-selections', text);
      expect(readSavedSelections(storage)).toEqual([]);
    }
  });
});
