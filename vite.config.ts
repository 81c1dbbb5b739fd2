import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

type Bundle = NonNullable<Parameters<Extract<NonNullable<Plugin['transformIndexHtml']>, { handler: unknown }>['handler']>[1]['bundle']>;

function chunkOf(bundle: Bundle, source: string) {
  const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(source));
  return chunk?.type === 'chunk' ? chunk : undefined;
}

/**
 * The entry only starts the engine and imports the app, so the chunks it will need are requested
 * from the HTML at once: for a shared view the DuckDB glue first (its chart waits for the engine),
 * for the default view only the app (its chart is prebaked, and the engine follows it).
 */
function preloadChunks(): Plugin {
  return {
    name: 'preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const app = bundle && chunkOf(bundle, '/src/app/render.tsx');
        const engine = bundle && chunkOf(bundle, '/src/db/duckdb.ts');
        if (!bundle || !app || !engine) return html;
        const appFiles = [app.fileName, ...app.imports.filter((file) => bundle[file]?.type === 'chunk' && !(bundle[file] as { isEntry?: boolean }).isEntry)];
        const script = `(${(appChunks: string[], engineChunk: string) => {
          const files = location.search === '' ? appChunks : [engineChunk, ...appChunks];
          for (const file of files) {
            const link = document.createElement('link');
            link.rel = 'modulepreload';
            link.crossOrigin = '';
            link.href = `./${file}`;
            document.head.append(link);
          }
        }})(${JSON.stringify(appFiles)}, ${JSON.stringify(engine.fileName)})`;
        return [
          ...[...(app.viteMetadata?.importedCss ?? [])].map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: '', href: `./${file}` }, injectTo: 'head' as const })),
          { tag: 'script', children: script, injectTo: 'head' as const },
        ];
      },
    },
  };
}

/** `npm run build:national`: the synthetic corpus's data and first view in place of the real ones (folders overridable for tests). */
const syntheticDir = resolve(process.env.SYNTHETIC_DIR ?? 'dist-synthetic');
const national = {
  publicDir: join(syntheticDir, 'public'),
  build: { outDir: resolve(process.env.NATIONAL_OUT ?? 'dist-national'), emptyOutDir: true },
  resolve: { alias: [{ find: /^(\.\.\/)+generated\/first-view\.json$/, replacement: join(syntheticDir, 'first-view.json') }] },
};

/**
 * The published tables' version, for citations: a hash of their manifest (which holds every file's
 * SHA-256) and the date the data last changed, from git where the data is committed, else the manifest's own date.
 */
function dataVersion(publicDir: string): { date: string; hash: string } {
  const manifest = join(publicDir, 'data', 'manifest.json');
  const hash = createHash('sha256').update(readFileSync(manifest)).digest('hex').slice(0, 12);
  let date = '';
  try {
    date = execFileSync('git', ['log', '-1', '--format=%cs', '--', join(publicDir, 'data')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  return { date: date || statSync(manifest).mtime.toISOString().slice(0, 10), hash };
}

export default defineConfig(({ mode }) => ({
  define: { __DATA_VERSION__: JSON.stringify(dataVersion(mode === 'national' ? national.publicDir : 'public')) },
  // Relative asset URLs, so that dist/ works from any folder of any static host.
  base: './',
  plugins: [react(), preloadChunks()],
  json: { stringify: true },
  worker: { format: 'es' },
  ...(mode === 'national' ? national : {}),
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
  },
}));
