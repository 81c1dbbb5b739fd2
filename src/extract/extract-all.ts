import type { Indicator } from '../domain/catalog';
import { mentionSchema, type Mention } from '../domain/mentions';
import type { Observation } from '../domain/observation';
import { extractReport } from './extract-report';
import { compileRules } from './rules';
import { parseRows } from '../domain/data-error';
import { applyCuration } from './curation';
import type { Sources } from './sources';
import { validateObservations } from './validate';

export interface Extraction {
  observations: Observation[];
  mentions: Mention[];
}

/** All reports through the extractor, then the analyst's curation, then validation. */
export function extractAll(sources: Sources): Extraction {
  const rules = compileRules(sources.rules);
  const indicators = new Map<string, Indicator>(sources.indicators.map((i) => [i.indicator_id, i]));
  const jurisdictions = new Map(sources.jurisdictions.map((j) => [j.jurisdiction_id, j]));
  const extractions = sources.reports.map((report) =>
    extractReport(
      { report, jurisdiction: jurisdictions.get(report.jurisdiction_id)!, text: sources.texts.get(report.report_id)! },
      rules,
      indicators,
    ),
  );
  const curated = applyCuration(extractions.flatMap((e) => e.claims), extractions.flatMap((e) => e.mentions), sources);
  return {
    observations: validateObservations(curated.observations, sources),
    mentions: parseRows('mentions', curated.mentions, mentionSchema),
  };
}
