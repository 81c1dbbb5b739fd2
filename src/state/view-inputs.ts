import type { IndicatorOption } from '../sql/catalog-query';
import type { Filters } from '../sql/query';
import { placesOf, type Place } from './place-groups';
import type { ViewState } from './view-state';

// An id no place has: a selection whose groups have no member (yet) selects nothing, where an empty list would select all.
const noPlace = '-';

/** The filters a view's queries bind; groups of places are named by their members' ids. */
export function filtersOf(state: Pick<ViewState, 'jurisdictions' | 'years' | 'method' | 'scope'>, places: readonly Place[]): Filters {
  const ids = placesOf(state.jurisdictions, places);
  return {
    jurisdictions: state.jurisdictions.length > 0 && ids.length === 0 ? [noPlace] : ids,
    years: state.years,
    method: state.method,
    scope: state.scope,
  };
}

/** The family view and the table look at a whole category when one is picked, else at the indicator's. */
function categoryOf(state: Pick<ViewState, 'category' | 'indicator'>, indicators: readonly IndicatorOption[]): string | null {
  return state.category ?? indicators.find((i) => i.indicator_id === state.indicator)?.category ?? null;
}

/** Indicators a view queries: the picked one, or every indicator of the category for the family view. */
export function indicatorIdsOf(state: Pick<ViewState, 'view' | 'category' | 'indicator'>, indicators: readonly IndicatorOption[]): string[] {
  const wholeCategory = state.view === 'family' || (state.view === 'table' && state.category !== null);
  if (!wholeCategory) return [state.indicator];
  const category = categoryOf(state, indicators);
  return indicators.filter((i) => i.category === category).map((i) => i.indicator_id);
}
