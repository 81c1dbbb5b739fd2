import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBundle, type ReportBundle } from '../src/domain/bundle';
import { DataError } from '../src/domain/data-error';
import { extractAll } from '../src/extract/extract-all';
import { duplicateOf } from '../src/intake/duplicates';
import { sha256Hex } from '../src/lib/sha256';
import { checkReferences } from './extract/check-references';
import { readSources } from './io/read-sources';

/** One JSON value on one line, spaced as the lines already in data/curation.jsonl are. */
const jsonLine = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(jsonLine).join(', ')}]`
    : value !== null && typeof value === 'object'
      ? `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${jsonLine(v)}`).join(', ')}}`
      : JSON.stringify(value);

/** Write through a temporary file, so that a file is either as before or complete. */
function writeWhole(path: string, text: string): void {
  writeFileSync(`${path}.importing`, text);
  renameSync(`${path}.importing`, path);
}

/**
 * A bundle's report into data/: the text verbatim, its manifest rows, its curation lines. Every
 * check runs first, the extraction included, so that a bundle that would break `npm run extract`
 * writes nothing.
 */
export async function importBundle(root: string, bundle: ReportBundle): Promise<void> {
  const dataDir = join(root, 'data');
  const sources = readSources(dataDir);
  const { report, jurisdiction } = bundle;
  const held = await Promise.all(sources.reports.map(async (r) => ({ report: r, textSha256: await sha256Hex(sources.texts.get(r.report_id)!) })));
  const duplicate = duplicateOf({ report, textSha256: bundle.text_sha256 }, held);
  if (duplicate) throw new DataError('bundle', null, duplicate);
  const knownJurisdiction = sources.jurisdictions.find((j) => j.jurisdiction_id === jurisdiction.jurisdiction_id || j.division_code === jurisdiction.division_code);
  if (knownJurisdiction && JSON.stringify(knownJurisdiction) !== JSON.stringify(jurisdiction)) {
    throw new DataError('bundle', null, `its jurisdiction differs from data/jurisdictions.json's ${knownJurisdiction.jurisdiction_id}`);
  }
  const reports = [...sources.reports, report];
  const jurisdictions = knownJurisdiction ? sources.jurisdictions : [...sources.jurisdictions, jurisdiction];
  const firstLine = readFileSync(join(dataDir, 'curation.jsonl'), 'utf8').split('\n').length;
  const curation = [...sources.curation, ...bundle.curation.map((entry, i) => ({ line: `line ${firstLine + i} (from the bundle)`, entry }))];
  const after = { ...sources, reports, jurisdictions, curation, texts: new Map([...sources.texts, [report.report_id, bundle.text]]) };
  checkReferences(after);
  extractAll(after);

  writeWhole(join(dataDir, 'reports', `${report.report_id}.txt`), bundle.text);
  if (!knownJurisdiction) writeWhole(join(dataDir, 'jurisdictions.json'), `${JSON.stringify(jurisdictions, null, 2)}\n`);
  writeWhole(join(dataDir, 'reports.json'), `${JSON.stringify(reports, null, 2)}\n`);
  const existing = readFileSync(join(dataDir, 'curation.jsonl'), 'utf8');
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  writeWhole(join(dataDir, 'curation.jsonl'), existing + separator + bundle.curation.map((c) => `${jsonLine(c)}\n`).join(''));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const run = async () => {
    if (!file) throw new DataError('import-report', null, 'name the bundle file: npm run import-report -- <bundle.json>');
    const parsed = await parseBundle(readFileSync(file, 'utf8'));
    if ('problem' in parsed) throw new DataError(file, null, parsed.problem);
    await importBundle(resolve('.'), parsed.bundle);
    const { report } = parsed.bundle;
    console.log(`data/: added ${report.report_id} (${report.reporting_body_zh}, ${report.year}) with ${parsed.bundle.curation.length} curation lines; run npm run extract`);
  };
  run().catch((error: unknown) => {
    console.error(error instanceof DataError ? `import-report stopped: ${error.message}` : error);
    process.exitCode = 1;
  });
}
