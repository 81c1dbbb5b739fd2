import type { Indicator } from '../../src/domain/catalog';
import { unclaimedMentionSchema } from '../../src/domain/observation';
import { parseRows } from '../io/data-error';
import { applyCuration } from './curation';
import { extractReport, type Extraction } from './extract-report';
import { compileRules } from './rules';
import type { Sources } from './sources';
import { validateObservations } from './validate';

/** All reports through the rules, then the analyst's curation, then validation. */
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
  const observations = applyCuration(extractions.flatMap((e) => e.observations), sources);
  return {
    observations: validateObservations(observations, sources),
    unclaimed: parseRows('unclaimed mentions', extractions.flatMap((e) => e.unclaimed), unclaimedMentionSchema),
  };
}
