import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sources } from '../../src/extract/sources';

/** Lay the synthetic sources out as a project's data/ folder, for the end-to-end run. */
export function writeSyntheticProject(root: string, dataDir: string, sources: Sources): void {
  mkdirSync(join(root, 'data', 'reports'), { recursive: true });
  for (const file of ['indicators.json', 'rules.json']) cpSync(join(dataDir, file), join(root, 'data', file));
  writeFileSync(join(root, 'data', 'curation.jsonl'), '');
  writeFileSync(join(root, 'data', 'reports.json'), JSON.stringify(sources.reports));
  writeFileSync(join(root, 'data', 'jurisdictions.json'), JSON.stringify(sources.jurisdictions));
  for (const [id, text] of sources.texts) writeFileSync(join(root, 'data', 'reports', `${id}.txt`), text);
}
