import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { projectRoot } from './sources';

/** A throw-away project root holding a copy of data/ (and src/sql, which the pipeline reads). */
export function makeTempProject(): { root: string; cleanup(): void } {
  const root = mkdtempSync(join(tmpdir(), 'rule-of-law-'));
  cpSync(join(projectRoot, 'data'), join(root, 'data'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Rewrite a data file through `edit`; a .jsonl file is handed over as a list of its lines' values. */
export function editData(root: string, file: string, edit: (value: any) => any): void {
  const path = join(root, 'data', file);
  const text = readFileSync(path, 'utf8');
  if (!file.endsWith('.jsonl')) return writeFileSync(path, JSON.stringify(edit(JSON.parse(text)), null, 2));
  const entries = text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  writeFileSync(path, (edit(entries) as unknown[]).map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/** Every file below a folder, by relative path, with its bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}
