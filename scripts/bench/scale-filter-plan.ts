import type { Page } from 'playwright-core';
import type { PlaceOption } from '../../src/sql/catalog-query';
import { commonSteps, walk, type ActionKind, type PlannedAction, type Step } from './ui-filter-plan';

interface WalkState {
  indicator: string;
  jurisdictions: string[];
  years: number[];
  sort: 'value_desc' | 'value_asc' | 'name';
}

const kindCycle: ActionKind[] = ['jurisdiction', 'indicator', 'year', 'sort', 'jurisdiction', 'year', 'indicator', 'jurisdiction', 'sort', 'year'];
const queryKey = (s: WalkState) => JSON.stringify([s.indicator, s.jurisdictions, s.years]);

/** A province's prefectures, or its counties, added from the division browser: the province is picked first, unmeasured. */
function addGroup(s: WalkState, province: PlaceOption, kind: 'children' | 'counties'): Step<WalkState> {
  const group = `g:${province.division_code}-${kind}`;
  return {
    kind: 'jurisdiction',
    label: `add ${group}`,
    next: { ...s, jurisdictions: [...s.jurisdictions, group] },
    prepare: async (page) => void (await page.getByTestId('browse-level-0').selectOption(province.division_code)),
    perform: (page) => page.getByTestId(`browse-add-${kind}`).click(),
  };
}

function placeSteps(s: WalkState, provinces: PlaceOption[]): Step<WalkState>[] {
  const removals = s.jurisdictions.length > 1
    ? s.jurisdictions.map((item) => ({
        kind: 'jurisdiction' as const, label: `remove ${item}`, next: { ...s, jurisdictions: s.jurisdictions.filter((x) => x !== item) },
        perform: (page: Page) => page.getByTestId('jurisdiction-filter').locator(`input[value="${item}"]`).click(),
      }))
    : [];
  // A few groups at a time: the walk is about changing them, not about drawing every county at once.
  const additions = s.jurisdictions.length < 4 ? provinces.flatMap((p) => (['children', 'counties'] as const).map((k) => addGroup(s, p, k))) : [];
  return [...additions.filter((a) => !s.jurisdictions.includes(a.next.jurisdictions.at(-1)!)), ...removals];
}

/**
 * A walk through the national build's filters from its default view (the provinces, every year):
 * place groups added from the division browser and taken out again, indicators, years and sorts.
 * The indicators are dense ones, and the years are never all ticked (all is the same as none), so
 * every state has a chart and a query of its own.
 */
export function planNationalChanges(count: number, start: WalkState, provinces: PlaceOption[], indicators: string[], years: number[]): PlannedAction[] {
  const candidates = (kind: ActionKind, s: WalkState) =>
    kind === 'jurisdiction' ? placeSteps(s, provinces) : commonSteps(kind, s, years, indicators).filter((a) => a.next.years.length < years.length);
  return walk(count, start, kindCycle, candidates, queryKey, 4242);
}
