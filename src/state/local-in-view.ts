import { placeAndYearOf } from '../domain/local-report-id';
import type { ReportOption } from '../sql/catalog-query';
import type { Notice, ViewState } from './view-state';

export interface ForeignReport {
  reportId: string;
  jurisdictionId: string;
  year: number;
}

type Scope = Pick<ViewState, 'jurisdictions' | 'years'>;

const drawn = (state: Scope, jurisdictionId: string, year: number) =>
  (state.jurisdictions.length === 0 || state.jurisdictions.includes(jurisdictionId)) && (state.years.length === 0 || state.years.includes(year));

/** The kept reports a view draws: those of its places and years, or all where it names none. */
export const localReportsDrawn = (state: Scope, kept: readonly ReportOption[]): string[] =>
  kept.filter((r) => drawn(state, r.jurisdiction_id, r.year)).map((r) => r.report_id);

/** Reports a link names that this browser does not keep, with the place and year their ids give. */
export function foreignReportsOf(state: Pick<ViewState, 'localReports'>, kept: readonly ReportOption[]): ForeignReport[] {
  const keptIds = new Set(kept.map((r) => r.report_id));
  return state.localReports.flatMap((reportId) => {
    const named = keptIds.has(reportId) ? null : placeAndYearOf(reportId);
    return named ? [{ reportId, ...named }] : [];
  });
}

/** A place or year unknown here because a foreign report brought it is said by that report's notice, not as an unknown value. */
export function unexplainedNotices(notices: readonly Notice[], foreign: readonly ForeignReport[]): Notice[] {
  const explained = (n: Notice) =>
    n.reason === 'unknown_value' &&
    ((n.param === 'j' && foreign.some((f) => f.jurisdictionId === n.value)) || (n.param === 'y' && foreign.some((f) => String(f.year) === n.value)));
  return notices.filter((n) => !explained(n));
}
