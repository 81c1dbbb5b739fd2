import type { Report, Unit } from '../domain/catalog';
import type { Observation, ObservationFlag, Qualifier, Scope } from '../domain/observation';

export const observationKey = (reportId: string, indicatorId: string, scope: string, method = 'reported') =>
  method === 'reported' ? `${reportId}/${indicatorId}/${scope}` : `${reportId}/${indicatorId}/${scope}/${method}`;

export interface ReportedFigure {
  indicator_id: string;
  unit: Unit;
  value: number;
  value_text: string;
  qualifier: Qualifier;
  scope: Scope;
  quote: string;
  quote_start: number;
  curation_note: string | null;
  flag?: ObservationFlag | null;
  flag_note?: string | null;
}

/** A reported value of one report, found by a rule or added by curation; derived rows come from SQL. */
export function reportedObservation(report: Report, figure: ReportedFigure): Observation {
  return {
    observation_id: observationKey(report.report_id, figure.indicator_id, figure.scope),
    report_id: report.report_id,
    jurisdiction_id: report.jurisdiction_id,
    year: report.year,
    indicator_id: figure.indicator_id,
    value: figure.value,
    value_text: figure.value_text,
    unit: figure.unit,
    qualifier: figure.qualifier,
    scope: figure.scope,
    method: 'reported',
    derived_from: null,
    quote: figure.quote,
    quote_start: figure.quote_start,
    quote_end: figure.quote_start + figure.quote.length,
    flag: figure.flag ?? null,
    flag_note: figure.flag_note ?? null,
    curation_note: figure.curation_note,
  };
}
