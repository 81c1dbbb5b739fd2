import type { Category, Indicator, Jurisdiction, Report } from '../domain/catalog';
import type { Curation } from '../domain/curation';
import type { RulesFile } from '../domain/rules';

/** The pipeline's inputs, read and validated; `texts` maps report_id to the stored report text. */
export interface Sources {
  reports: Report[];
  jurisdictions: Jurisdiction[];
  categories: Category[];
  indicators: Indicator[];
  rules: RulesFile;
  /** Curation entries with the line of data/curation.jsonl each came from. */
  curation: { line: string; entry: Curation }[];
  texts: Map<string, string>;
}
