import firstView from '../../generated/first-view.json';
import { indicatorOptionSchema, placeOptionSchema, reportOptionSchema, type IndicatorOption, type PlaceOption, type ReportOption } from '../../sql/catalog-query';

export interface Catalog {
  indicators: IndicatorOption[];
  /** Every report; a national build bundles none and learns them from the engine. */
  reports: ReportOption[];
  places: PlaceOption[];
  /** Years with a report somewhere, ascending. */
  years: number[];
}

export const yearsOf = (places: readonly PlaceOption[]) => [...new Set(places.flatMap((p) => p.years))].sort((a, b) => a - b);

const places = placeOptionSchema.array().parse(firstView.places);

/**
 * The indicator, place and report lists, computed by `npm run extract` with the catalog queries on the
 * same published tables the app loads (a test keeps the two in step), so that the pickers and the
 * URL check need no engine, and the engine's first work is the view itself.
 */
export const catalog: Catalog = {
  indicators: indicatorOptionSchema.array().parse(firstView.indicators),
  reports: reportOptionSchema.array().parse(firstView.reports),
  places,
  years: yearsOf(places),
};
