import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Put the prerendered default view into dist/index.html, so that a first visit shows the chart
 * before any script has run. A page opened on another view hides it (see index.html).
 */
const root = resolve('.');
const ssrDir = join(root, 'dist-ssr');
const { renderDefaultView } = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as { renderDefaultView(): string };
const indexPath = join(root, 'dist', 'index.html');
const html = readFileSync(indexPath, 'utf8');
writeFileSync(indexPath, html.replace('<div id="root"></div>', `<div id="root" data-prerendered>${renderDefaultView()}</div>`));
rmSync(ssrDir, { recursive: true, force: true });
console.log('dist/index.html: default view prerendered');
