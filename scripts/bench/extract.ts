import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildData } from '../build-data';
import { extractAll } from '../../src/extract/extract-all';
import { toMatchText } from '../../src/extract/normalize';
import { findNumberMentions } from '../../src/extract/numbers';
import type { Sources } from '../../src/extract/sources';
import { readSources } from '../io/read-sources';
import { median } from './stats';
import { writeSyntheticProject } from '../synth/write-project';
import { syntheticSources } from './synthetic-corpus';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve('.');

async function medianMs(task: () => unknown | Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

function inTempProject<T>(prepare: (dir: string) => void, task: (dir: string) => Promise<T>): () => Promise<T> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-extract-'));
    try {
      prepare(dir);
      return await task(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** The floor: finding the numbers alone, with no rules, curation or validation. */
const scanOnly = (sources: Sources) => () => {
  for (const report of sources.reports) findNumberMentions(toMatchText(sources.texts.get(report.report_id)!, report.script));
};

const seed = readSources(join(root, 'data'));
const synthetic = syntheticSources(seed, 1000);
const perSecond = (reports: number, ms: number) => ((reports / ms) * 1000).toFixed(0);

const fiveEndToEnd = await medianMs(inTempProject((dir) => cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true }), buildData));
const fiveExtract = await medianMs(() => extractAll(seed));
const thousandScan = await medianMs(scanOnly(synthetic));
const thousandExtract = await medianMs(() => extractAll(synthetic));
const thousandEndToEnd = await medianMs(inTempProject((dir) => writeSyntheticProject(dir, join(root, 'data'), synthetic), buildData));

console.log(`bench:extract — median of ${runs} runs, single thread`);
console.log(`five seed reports, end to end (read, extract, DuckDB, write): ${fiveEndToEnd.toFixed(0)} ms (target < 1000 ms)`);
console.log(`five seed reports, extraction only: ${fiveExtract.toFixed(1)} ms`);
console.log(`1,000 synthetic reports, extraction only: ${thousandExtract.toFixed(0)} ms = ${perSecond(1000, thousandExtract)} reports/s (target ≥ 200)`);
console.log(`1,000 synthetic reports, number scan only (baseline): ${thousandScan.toFixed(0)} ms = ${perSecond(1000, thousandScan)} reports/s; extraction costs ${(thousandExtract / thousandScan).toFixed(1)}× the scan`);
console.log(`1,000 synthetic reports, end to end: ${thousandEndToEnd.toFixed(0)} ms = ${perSecond(1000, thousandEndToEnd)} reports/s`);
