import firstView from '../../generated/first-view.json';
import type { Place } from '../../state/place-groups';
import { indicatorOptionSchema, reportOptionSchema, type IndicatorOption, type ReportOption } from '../../sql/catalog-query';

export interface Catalog {
  indicators: IndicatorOption[];
  reports: ReportOption[];
}

/**
 * The indicator and report lists, computed by `npm run extract` with the catalog queries on the
 * same published tables the app loads (a test keeps the two in step), so that the pickers and the
 * URL check need no engine, and the engine's first work is the view itself.
 */
export const catalog: Catalog = {
  indicators: indicatorOptionSchema.array().parse(firstView.indicators),
  reports: reportOptionSchema.array().parse(firstView.reports),
};

const placesByCatalog = new WeakMap<Catalog, Place[]>();

/**
 * Each place the reports are of, once: what groups of places (`g:230100-children`) are drawn from.
 * Kept per catalog, since every view asks on every render and a national catalog has tens of thousands of reports.
 */
export function placesIn(catalog: Catalog): Place[] {
  let places = placesByCatalog.get(catalog);
  if (!places) {
    places = [...new Map(catalog.reports.map((r) => [r.jurisdiction_id, r])).values()].map(({ jurisdiction_id, division_code, parent_code, admin_level }) => ({
      jurisdiction_id, division_code, parent_code, admin_level,
    }));
    placesByCatalog.set(catalog, places);
  }
  return places;
}
