import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expectedFactsFileSchema, type ExpectedFactsFile } from '../src/domain/expected-facts';
import { extractAll } from '../src/extract/extract-all';
import type { Sources } from '../src/extract/sources';
import { scoreReport, totals, type ReportScore, type Totals } from './eval/evaluate';
import { DataError, describeIssues } from '../src/domain/data-error';
import { readSources } from './io/read-sources';

/** The floors `npm test` holds the extractor to; see the README's "Extraction quality". */
const textFloors = { recall: 0.9, precision: 0.95, qualifierAccuracy: 0.95, scopeAccuracy: 0.9, nonIndicatorsTaken: 0 } as const;
export const thresholds = {
  seeds: { recall: 0.95, precision: 0.98, qualifierAccuracy: 0.98, scopeAccuracy: 0.95, nonIndicatorsTaken: 0 },
  dev: textFloors,
  holdout: textFloors,
} as const;

const fixtures = (root: string) => join(root, 'tests', 'fixtures', 'extraction');

function readExpected(path: string): ExpectedFactsFile {
  const parsed = expectedFactsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new DataError(path, null, describeIssues(parsed.error));
  return parsed.data;
}

/** The five reports as `npm run extract` reads them, curation included. */
function scoreSeeds(root: string, sources: Sources): ReportScore[] {
  const { observations, mentions } = extractAll(sources);
  return sources.reports.map((r) =>
    scoreReport(r.report_id, sources.texts.get(r.report_id)!, readExpected(join(fixtures(root), 'seeds', `${r.report_id}.json`)), observations, mentions),
  );
}

/** Each text of a folder as a report of its own, with the project's catalog and rules and no curation. */
function scoreTexts(root: string, sources: Sources, folder: 'dev' | 'holdout'): ReportScore[] {
  const dir = join(fixtures(root), folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const expected = readExpected(join(dir, file));
      const { report, jurisdiction } = expected;
      if (!report || !jurisdiction) throw new DataError(join(dir, file), null, 'a development text needs its report and jurisdiction');
      const text = readFileSync(join(dir, report.source_file), 'utf8');
      const single = { ...sources, reports: [report], jurisdictions: [jurisdiction], texts: new Map([[report.report_id, text]]), curation: [] };
      const { observations, mentions } = extractAll(single);
      return scoreReport(report.report_id, text, expected, observations, mentions);
    });
}

type ScoredSet = { reports: ReportScore[]; totals: Totals };
export type Evaluation = Record<keyof typeof thresholds, ScoredSet>;

const scored = (reports: ReportScore[]): ScoredSet => ({ reports, totals: totals(reports) });

export function evaluateExtraction(root: string): Evaluation {
  const sources = readSources(join(root, 'data'));
  return {
    seeds: scored(scoreSeeds(root, sources)),
    dev: scored(scoreTexts(root, sources, 'dev')),
    holdout: scored(scoreTexts(root, sources, 'holdout')),
  };
}

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function printSet(name: keyof typeof thresholds, set: ScoredSet, verbose: boolean): boolean {
  let ok = true;
  for (const r of set.reports) {
    const t = totals([r]);
    console.log(
      `${r.report_id.padEnd(34)} recall ${percent(t.recall)} (${r.found}/${r.facts}, any indicator ${r.located})  precision ${percent(t.precision)} (${r.correctClaims}/${r.claimed})  ` +
        `qualifier ${percent(t.qualifierAccuracy)}  scope ${percent(t.scopeAccuracy)}  non-indicators taken ${r.nonIndicatorsTaken.length}  class ${percent(t.classAccuracy)}`,
    );
    if (!verbose) continue;
    for (const m of r.misses) console.log(`    miss       ${m}`);
    for (const f of r.falseHits) console.log(`    false hit  ${f}`);
    for (const n of r.nonIndicatorsTaken) console.log(`    taken      ${n}`);
    for (const w of r.wrongDetails) console.log(`    detail     ${w}`);
  }
  const t = set.totals;
  const floor = thresholds[name];
  const checks: [string, boolean][] = [
    [`recall ${percent(t.recall)} ≥ ${percent(floor.recall)}`, t.recall >= floor.recall],
    [`precision ${percent(t.precision)} ≥ ${percent(floor.precision)}`, t.precision >= floor.precision],
    [`qualifier ${percent(t.qualifierAccuracy)} ≥ ${percent(floor.qualifierAccuracy)}`, t.qualifierAccuracy >= floor.qualifierAccuracy],
    [`scope ${percent(t.scopeAccuracy)} ≥ ${percent(floor.scopeAccuracy)}`, t.scopeAccuracy >= floor.scopeAccuracy],
    [`non-indicators taken ${t.nonIndicatorsTaken} ≤ ${floor.nonIndicatorsTaken}`, t.nonIndicatorsTaken <= floor.nonIndicatorsTaken],
  ];
  console.log(`${name}: figures taken with the right value and qualifier, whatever the indicator: ${percent(t.locatedRecall)}`);
  console.log(`${name}: ${checks.map(([label, pass]) => `${pass ? '✓' : '✗'} ${label}`).join('  ')}  (class accuracy ${percent(t.classAccuracy)})\n`);
  for (const [, pass] of checks) ok &&= pass;
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const verbose = !process.argv.includes('--quiet');
  const evaluation = evaluateExtraction(resolve('.'));
  const results = (Object.keys(thresholds) as (keyof typeof thresholds)[]).map((set) => printSet(set, evaluation[set], verbose));
  process.exitCode = results.every(Boolean) ? 0 : 1;
}
