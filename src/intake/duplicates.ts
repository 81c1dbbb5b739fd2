import type { Report } from '../domain/catalog';

/** A report already held, by its manifest row and its text's SHA-256 (null where the text is not at hand). */
export interface HeldReport {
  report: Pick<Report, 'report_id' | 'jurisdiction_id' | 'year' | 'reporting_body_zh'>;
  textSha256: string | null;
}

/** Why a report would duplicate one already held: the same id, the same text, or the same body's report of the same year. */
export function duplicateOf(candidate: HeldReport, held: readonly HeldReport[]): string | null {
  const { report } = candidate;
  for (const h of held) {
    if (h.report.report_id === report.report_id) return `a report with the id ${report.report_id} is already there`;
    if (h.textSha256 !== null && h.textSha256 === candidate.textSha256) return `the same text is already there, as ${h.report.report_id}`;
    if (h.report.jurisdiction_id === report.jurisdiction_id && h.report.year === report.year && h.report.reporting_body_zh === report.reporting_body_zh) {
      return `${report.reporting_body_zh}'s report for ${report.year} is already there, as ${h.report.report_id}`;
    }
  }
  return null;
}
