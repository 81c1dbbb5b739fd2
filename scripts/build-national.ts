/**
 * `npm run build:national`: the app on the synthetic national corpus, in dist-national/. The corpus
 * is made first if dist-synthetic/ has none (`npm run synth -- --seed 1`). The build bundles the
 * catalog, the places and the provinces' first view (prerendered into index.html), not the report
 * list, and prebakes the unfiltered cells by province; its mode makes every page and export say the data is synthetic. SYNTHETIC_DIR and NATIONAL_OUT move both folders (the tests build a small one).
 *
 *   --places N --years A-B   the corpus to make when there is none (default: all places, 2015-2024)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { manifestFile } from '../src/sql/setup';
import { nationalDefaultViewState } from '../src/state/view-state';
import { allFilters } from '../src/sql/query';
import { prebake, prebakedCellsWriter } from './prebake-first-view';
import { synthesize } from './synth';

const { values } = parseArgs({ options: { places: { type: 'string' }, years: { type: 'string', default: '2015-2024' } } });
const root = resolve('.');
const syntheticDir = resolve(process.env.SYNTHETIC_DIR ?? 'dist-synthetic');
if (!existsSync(join(syntheticDir, 'public/data', manifestFile))) {
  console.log(`${syntheticDir}: making the corpus (seed 1)`);
  const [firstYear, lastYear] = values.years.split('-').map(Number);
  await synthesize(root, syntheticDir, { seed: 1, places: values.places ? Number(values.places) : null, firstYear, lastYear });
}
// Only the unfiltered cells are prebaked: fifteen filters of a million values would be most of the build; the engine answers the rest.
const firstView = await prebake(join(syntheticDir, 'public/data'), nationalDefaultViewState, { withReports: false, filters: [allFilters] }, prebakedCellsWriter(join(syntheticDir, 'public')));
writeFileSync(join(syntheticDir, 'first-view.json'), `${JSON.stringify(firstView)}\n`);
// The site's own files besides the data (its icon), which the synthetic public folder lacks.
copyFileSync(join(root, 'public/favicon.svg'), join(syntheticDir, 'public/favicon.svg'));
const out = process.env.NATIONAL_OUT ?? 'dist-national';
// Inside the project, where the server build's external imports (react, zod) resolve.
const ssr = join(root, 'dist-ssr-national');
execFileSync('npx', ['vite', 'build', '--mode', 'national'], { stdio: 'inherit' });
execFileSync('npx', ['vite', 'build', '--mode', 'national', '--ssr', 'src/app/prerender.tsx', '--outDir', ssr, '--emptyOutDir'], { stdio: 'inherit' });
execFileSync('npx', ['tsx', 'scripts/prerender-index.ts', '--dist', out, '--ssr', ssr], { stdio: 'inherit' });
console.log(`${out}/: the app on the synthetic corpus, its default view prerendered`);
