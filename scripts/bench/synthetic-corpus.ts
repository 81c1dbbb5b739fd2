import type { Jurisdiction, Report } from '../../src/domain/catalog';
import type { Sources } from '../../src/extract/sources';
import { seededRandom } from '../synth/random';

/** Every run of digits replaced by another of the same length: the same shapes, other numbers. */
function perturbDigits(text: string, random: () => number): string {
  return text.replace(/\d+/g, (digits) =>
    Array.from(digits, (_, i) => String(Math.floor(random() * (i === 0 ? 9 : 10)) + (i === 0 ? 1 : 0))).join(''),
  );
}

/** `count` reports built from the seed reports, each with its own jurisdiction. */
export function syntheticSources(seed: Sources, count: number): Sources {
  const random = seededRandom(20260101);
  const reports: Report[] = [];
  const jurisdictions: Jurisdiction[] = [];
  const texts = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const model = seed.reports[i % seed.reports.length];
    const modelJurisdiction = seed.jurisdictions.find((j) => j.jurisdiction_id === model.jurisdiction_id)!;
    const jurisdictionId = `synthetic-${String(i).padStart(4, '0')}`;
    jurisdictions.push({ ...modelJurisdiction, jurisdiction_id: jurisdictionId, division_code: String(100000 + i) });
    reports.push({ ...model, report_id: `${jurisdictionId}-${model.year}`, jurisdiction_id: jurisdictionId });
    texts.set(`${jurisdictionId}-${model.year}`, perturbDigits(seed.texts.get(model.report_id)!, random));
  }
  return { ...seed, reports, jurisdictions, texts, curation: [] };
}
