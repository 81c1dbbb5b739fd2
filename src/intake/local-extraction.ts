import type { Category, Indicator, Jurisdiction, Report } from '../domain/catalog';
import type { Curation } from '../domain/curation';
import type { RulesFile } from '../domain/rules';
import { extractAll, type Extraction } from '../extract/extract-all';

/** What every extraction shares: the catalog and the rules, as data/ holds them. */
export interface ExtractionBase {
  categories: Category[];
  indicators: Indicator[];
  rules: RulesFile;
}

export interface LocalReport {
  report: Report;
  jurisdiction: Jurisdiction;
  text: string;
  curation: Curation[];
}

/**
 * One report through the same extraction and curation as `npm run extract`: what the analyst
 * reviews in the browser is what the pipeline gives once the report's bundle is imported.
 */
export function extractLocalReport(local: LocalReport, base: ExtractionBase): Extraction {
  return extractAll({
    ...base,
    reports: [local.report],
    jurisdictions: [local.jurisdiction],
    texts: new Map([[local.report.report_id, local.text]]),
    curation: local.curation.map((entry, i) => ({ line: `review decision ${i + 1}`, entry })),
  });
}
