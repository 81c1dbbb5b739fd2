import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedFactsFileSchema } from '../../src/domain/expected-facts';
import type { Database } from '../../scripts/io/duckdb';
import { evaluateExtraction, thresholds } from '../../scripts/eval-extract';
import { openPublishedTables, readRows } from '../helpers/duckdb';
import { projectRoot } from '../helpers/sources';

let db: Database;
beforeAll(async () => {
  db = await openPublishedTables();
});
afterAll(() => db.close());

describe('every number in the published reports is accounted for', () => {
  it('leaves no number of the five reports unclaimed: each is a figure or classed, with its reason', async () => {
    const rows = await readRows(db, `SELECT disposition, count(*) AS n FROM mentions GROUP BY disposition ORDER BY disposition`);
    expect(rows.map((r) => r.disposition)).toEqual(['claimed', 'not_indicator']);
    const [unexplained] = await readRows(db, `SELECT count(*) AS n FROM mentions WHERE disposition = 'not_indicator' AND reason IS NULL`);
    expect(Number(unexplained.n)).toBe(0);
  });

  it('links every claimed number to its published observations, and every reported observation to one number', async () => {
    const [orphans] = await readRows(
      db,
      `WITH claimed AS (SELECT unnest(string_split(observation_id, ';')) AS id FROM mentions WHERE disposition = 'claimed')
       SELECT (SELECT count(*) FROM claimed WHERE id NOT IN (SELECT observation_id FROM observations)) AS dangling,
              (SELECT count(*) FROM observations WHERE method = 'reported' AND observation_id NOT IN (SELECT id FROM claimed)) AS unlinked`,
    );
    expect(orphans).toEqual({ dangling: 0n, unlinked: 0n });
  });

  it('finds every mention where its offsets say, in the stored report', async () => {
    const rows = await readRows(db, `SELECT report_id, mention_start, mention_end, mention FROM mentions`);
    const texts = new Map<string, string>();
    for (const r of rows) {
      const id = String(r.report_id);
      if (!texts.has(id)) texts.set(id, readFileSync(`${projectRoot}/data/reports/${id}.txt`, 'utf8'));
      expect(texts.get(id)!.slice(Number(r.mention_start), Number(r.mention_end))).toBe(r.mention);
    }
  });
});

describe('extraction quality (npm run eval:extract)', () => {
  const evaluation = evaluateExtraction(projectRoot);

  it.each(['seeds', 'dev', 'holdout'] as const)('%s: recall, precision, qualifier and scope at or above the floors, no non-figure taken', (set) => {
    const t = evaluation[set].totals;
    const floor = thresholds[set];
    expect(t.recall).toBeGreaterThanOrEqual(floor.recall);
    expect(t.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(t.qualifierAccuracy).toBeGreaterThanOrEqual(floor.qualifierAccuracy);
    expect(t.scopeAccuracy).toBeGreaterThanOrEqual(floor.scopeAccuracy);
    expect(t.nonIndicatorsTaken).toBeLessThanOrEqual(floor.nonIndicatorsTaken);
  });

  it('holds at least eight development texts in both scripts, from districts, counties, cities, leagues and departments', () => {
    const dir = join(projectRoot, 'tests/fixtures/extraction/dev');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => expectedFactsFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(new Set(files.map((f) => f.report!.script))).toEqual(new Set(['simplified', 'traditional']));
    expect(files.some((f) => f.report!.body_level === 'department')).toBe(true);
    for (const level of ['district', 'county', 'prefecture_city', 'league']) expect(files.some((f) => f.jurisdiction!.admin_level === level)).toBe(true);
    expect(evaluation.dev.reports.reduce((n, r) => n + r.facts, 0)).toBeGreaterThanOrEqual(400);
  });
});
