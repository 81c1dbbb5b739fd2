import firstView from '../../generated/first-view.json';
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
