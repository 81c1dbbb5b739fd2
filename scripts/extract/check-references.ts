import { DataError } from '../../src/domain/data-error';
import type { Sources } from '../../src/extract/sources';

function assertUnique(file: string, ids: string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new DataError(file, `row ${i + 1}`, `duplicate id ${id}`);
    seen.add(id);
  });
}

/** Ids that one file names and another must define. */
export function checkReferences(sources: Omit<Sources, 'texts'>): void {
  const { reports, jurisdictions, categories, indicators, rules } = sources;
  assertUnique('data/reports.json', reports.map((r) => r.report_id));
  assertUnique('data/jurisdictions.json', jurisdictions.map((j) => j.jurisdiction_id));
  assertUnique('data/indicators.json indicators', indicators.map((i) => i.indicator_id));
  assertUnique('data/indicators.json categories', categories.map((c) => c.category));
  const jurisdictionIds = new Set(jurisdictions.map((j) => j.jurisdiction_id));
  const categoryIds = new Set(categories.map((c) => c.category));
  const indicatorIds = new Set(indicators.map((i) => i.indicator_id));
  reports.forEach((r, i) => {
    if (!jurisdictionIds.has(r.jurisdiction_id)) throw new DataError('data/reports.json', `row ${i + 1}`, `unknown jurisdiction_id ${r.jurisdiction_id}`);
  });
  indicators.forEach((ind, i) => {
    const file = 'data/indicators.json indicators';
    if (!categoryIds.has(ind.category)) throw new DataError(file, `row ${i + 1}`, `unknown category ${ind.category}`);
    for (const input of ind.derivation ? [ind.derivation.a, ind.derivation.b] : []) {
      if (!indicatorIds.has(input)) throw new DataError(file, `row ${i + 1}`, `unknown derivation input ${input}`);
    }
  });
  rules.lexicon.forEach((entry, i) => {
    if (!indicatorIds.has(entry.indicator_id)) throw new DataError('data/rules.json lexicon', `row ${i + 1}`, `unknown indicator_id ${entry.indicator_id}`);
  });
}
