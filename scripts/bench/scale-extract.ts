/**
 * Extraction alone over a whole corpus's data/, a batch at a time as the pipeline reads it: run as
 * a process of its own by bench:scale, so that its peak RSS is the extraction's. Prints one JSON line.
 *
 *   npx tsx scripts/bench/scale-extract.ts dist-synthetic/data
 */
import { resolve } from 'node:path';
import { extractAll } from '../../src/extract/extract-all';
import { batchesOf } from '../build-data';
import { readSourcesWithoutTexts } from '../io/read-sources';

const dataDir = resolve(process.argv[2] ?? 'dist-synthetic/data');
const started = performance.now();
const sources = readSourcesWithoutTexts(dataDir);
const counted = { reports: 0, observations: 0, mentions: 0, extractSeconds: 0 };
for (const batch of batchesOf(sources, dataDir)) {
  const batchStarted = performance.now();
  const { observations, mentions } = extractAll(batch);
  counted.extractSeconds += (performance.now() - batchStarted) / 1000;
  counted.reports += batch.reports.length;
  counted.observations += observations.length;
  counted.mentions += mentions.length;
}
console.log(JSON.stringify({ ...counted, wallSeconds: (performance.now() - started) / 1000, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
