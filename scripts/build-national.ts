/**
 * `npm run build:national`: the app on the synthetic national corpus, in dist-national/. The corpus
 * is made first if dist-synthetic/ has none (`npm run synth -- --seed 1`). The build bundles the
 * catalog and the provinces' first view, not the report list; its mode makes every page and export
 * say the data is synthetic. SYNTHETIC_DIR and NATIONAL_OUT move both folders (the tests build a small one).
 *
 *   --places N --years A-B   the corpus to make when there is none (default: all places, 2015-2024)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestFile } from '../src/sql/setup';
import { nationalDefaultViewState } from '../src/state/view-state';
import { openAppDatabase } from './io/app-database';
import { firstViewOf } from './prebake-first-view';
import { synthesize } from './synth';

const { values } = parseArgs({ options: { places: { type: 'string' }, years: { type: 'string', default: '2015-2024' } } });
const root = resolve('.');
const syntheticDir = resolve(process.env.SYNTHETIC_DIR ?? 'dist-synthetic');
if (!existsSync(join(syntheticDir, 'public/data', manifestFile))) {
  console.log(`${syntheticDir}: making the corpus (seed 1)`);
  const [firstYear, lastYear] = values.years.split('-').map(Number);
  await synthesize(root, syntheticDir, { seed: 1, places: values.places ? Number(values.places) : null, firstYear, lastYear });
}
const db = await openAppDatabase(join(syntheticDir, 'public/data'));
try {
  writeFileSync(join(syntheticDir, 'first-view.json'), `${JSON.stringify(await firstViewOf(db, nationalDefaultViewState, false))}\n`);
} finally {
  db.close();
}
execFileSync('npx', ['vite', 'build', '--mode', 'national'], { stdio: 'inherit' });
console.log(`${process.env.NATIONAL_OUT ?? 'dist-national'}/: the app on the synthetic corpus`);
