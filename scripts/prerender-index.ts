import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Put the prerendered default view into dist/index.html, so that a first visit shows the chart
 * before any script has run. A page opened on another view hides it (see index.html).
 *
 *   --dist DIR --ssr DIR   the built site and the server build of src/app/prerender.tsx (default dist/, dist-ssr/)
 */
const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, ssr: { type: 'string', default: 'dist-ssr' } } });
const ssrDir = resolve(values.ssr);
const { renderDefaultView } = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as { renderDefaultView(): string };
const indexPath = join(resolve(values.dist), 'index.html');
const html = readFileSync(indexPath, 'utf8');
writeFileSync(indexPath, html.replace('<div id="root"></div>', `<div id="root" data-prerendered>${renderDefaultView()}</div>`));
rmSync(ssrDir, { recursive: true, force: true });
console.log(`${values.dist}/index.html: default view prerendered`);
