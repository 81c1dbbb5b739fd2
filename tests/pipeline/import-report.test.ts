import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { importBundle } from '../../scripts/import-report';
import { makeBundle, parseBundle, type ReportBundle } from '../../src/domain/bundle';
import type { Curation } from '../../src/domain/curation';
import { expectedFactsFileSchema } from '../../src/domain/expected-facts';
import type { Observation } from '../../src/domain/observation';
import { extractLocalReport } from '../../src/intake/local-extraction';
import { openPublishedTables, readRows } from '../helpers/duckdb';
import { projectRoot, sources } from '../helpers/sources';
import { makeTempProject, readTree } from '../helpers/temp-project';

const devDir = join(projectRoot, 'tests/fixtures/extraction/dev');
const fixture = expectedFactsFileSchema.parse(JSON.parse(readFileSync(join(devDir, 'a2-anji.json'), 'utf8')));
const text = readFileSync(join(devDir, 'a2-anji.txt'), 'utf8');
const report = { ...fixture.report!, report_id: 'anji-roundtrip-2023', source_file: 'anji.txt' };
const jurisdiction = fixture.jurisdiction!;
const base = { categories: sources.categories, indicators: sources.indicators, rules: sources.rules };

/** An analyst's review: one figure rejected, one corrected, one number the extractor left added by hand. */
function review(): Curation[] {
  const first = extractLocalReport({ report, jurisdiction, text, curation: [] }, base);
  const [rejected, corrected] = first.observations;
  const spare = first.mentions.find((m) => m.disposition === 'not_indicator' && m.reason === 'not_measured' && m.unit_zh === '名')!;
  const sentenceStart = text.lastIndexOf('。', spare.mention_start) + 1;
  const quote = text.slice(sentenceStart, spare.mention_end);
  return [
    { action: 'reject', observation_id: rejected.observation_id, class: 'not_measured', reason: 'the analyst reads this as no figure of the year' },
    { action: 'correct', observation_id: corrected.observation_id, set: { qualifier: 'approx' }, reason: 'the analyst reads the figure as approximate' },
    {
      action: 'add', report_id: report.report_id, indicator_id: 'rule_of_law_vice_principals', quote, quote_start: sentenceStart,
      value: spare.value, value_text: spare.mention, qualifier: 'exact', scope: 'not_stated', reason: 'the analyst counts this as a rule-of-law vice-principal',
    },
  ];
}

const fields = (o: Observation) => [o.observation_id, o.value, o.qualifier, o.scope, o.quote_start, o.quote_end, o.curation_note];

let project: ReturnType<typeof makeTempProject>;
beforeEach(() => {
  project = makeTempProject();
});
afterEach(() => project.cleanup());

describe('a report added in the browser, handed on as a bundle', () => {
  it('npm run import-report then npm run extract gives exactly the observations the analyst reviewed', async () => {
    const curation = review();
    const seen = extractLocalReport({ report, jurisdiction, text, curation }, base);
    const bundle = await makeBundle({ report, jurisdiction, text, curation }, new Date('2026-12-01T12:00:00Z'));
    const parsed = await parseBundle(JSON.stringify(bundle));
    expect(parsed).toEqual({ bundle });

    await importBundle(project.root, bundle);
    expect(readFileSync(join(project.root, 'data/reports', `${report.report_id}.txt`), 'utf8')).toBe(text);
    await buildData(project.root);
    const db = await openPublishedTables(join(project.root, 'public/data'));
    try {
      const published = (await readRows(db, `SELECT * FROM observations WHERE report_id = '${report.report_id}' AND method = 'reported' ORDER BY observation_id`)) as Observation[];
      expect(published.map(fields)).toEqual(seen.observations.toSorted((a, b) => a.observation_id.localeCompare(b.observation_id)).map(fields));
      expect(published.length).toBeGreaterThan(20);
      expect(published.filter((o) => o.curation_note !== null)).toHaveLength(2);
    } finally {
      db.close();
    }
  });

  it('a second import of the same report is refused and writes nothing', async () => {
    const bundle = await makeBundle({ report, jurisdiction, text, curation: [] }, new Date());
    await importBundle(project.root, bundle);
    const before = readTree(join(project.root, 'data'));
    const again: ReportBundle = { ...bundle, report: { ...report, report_id: 'anji-again-2023' } };
    await expect(importBundle(project.root, again)).rejects.toThrow(/the same text is already there, as anji-roundtrip-2023/);
    expect(readTree(join(project.root, 'data'))).toEqual(before);
  });

  it('a bundle whose curation no longer fits its text is refused before anything is written', async () => {
    const [reject] = review();
    const broken = await makeBundle({ report, jurisdiction, text, curation: [{ ...reject, observation_id: `${report.report_id}/no_such_figure/not_stated` } as Curation] }, new Date());
    const before = readTree(join(project.root, 'data'));
    await expect(importBundle(project.root, broken)).rejects.toThrow(/review decision|unknown observation_id/);
    expect(readTree(join(project.root, 'data'))).toEqual(before);
  });
});
