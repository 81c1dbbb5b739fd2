import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Others may rebuild dist/ during the run; a private copy keeps every run on the same build. */
export function snapshotDist(): string {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const copy = mkdtempSync(join(tmpdir(), 'bench-ui-dist-'));
    try {
      cpSync(resolve('dist'), copy, { recursive: true });
      const html = readFileSync(join(copy, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
      if (refs.length > 0 && refs.every((ref) => existsSync(join(copy, ref)))) return copy;
    } catch {
      // a build was rewriting dist/ while we copied; try again
    }
    rmSync(copy, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
  }
  throw new Error('dist/ is missing or incomplete: run `npx vite build` first');
}
