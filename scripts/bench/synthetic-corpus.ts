import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Jurisdiction, Report } from '../../src/domain/catalog';
import type { Sources } from '../../src/extract/sources';

/** A small deterministic generator (mulberry32), so that every run benchmarks the same corpus. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** Lay the synthetic sources out as a project's data/ folder, for the end-to-end run. */
export function writeSyntheticProject(root: string, dataDir: string, sources: Sources): void {
  mkdirSync(join(root, 'data', 'reports'), { recursive: true });
  for (const file of ['indicators.json', 'rules.json']) cpSync(join(dataDir, file), join(root, 'data', file));
  writeFileSync(join(root, 'data', 'curation.jsonl'), '');
  writeFileSync(join(root, 'data', 'reports.json'), JSON.stringify(sources.reports));
  writeFileSync(join(root, 'data', 'jurisdictions.json'), JSON.stringify(sources.jurisdictions));
  for (const [id, text] of sources.texts) writeFileSync(join(root, 'data', 'reports', `${id}.txt`), text);
}
