import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/sources';

describe('the extractor core', () => {
  it('bundles for the browser with no Node API, so a Web Worker can run the same extraction and curation', async () => {
    const result = await build({
      entryPoints: [`${projectRoot}/src/extract/extract-all.ts`, `${projectRoot}/src/extract/report-text.ts`, `${projectRoot}/src/intake/local-extraction.ts`, `${projectRoot}/src/intake/guess-metadata.ts`, `${projectRoot}/src/intake/decode-upload.ts`, `${projectRoot}/src/domain/bundle.ts`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      outdir: 'out',
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles.map((f) => f.text).join('\n');
    expect(code).not.toMatch(/from\s*["']node:|require\(["'](fs|path|os|node:)/u);
  });
});
