import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../src/features/catalog/catalog';
import { claimedIndicatorRowSchema, claimedIndicatorsQuery, marksOf, readerMarksQuery } from '../../src/sql/reader-query';
import { openPublishedTables, readRows } from '../helpers/duckdb';
import { openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';
import { projectRoot } from '../helpers/sources';

let db: AppDatabase;
let published: Awaited<ReturnType<typeof openPublishedTables>>;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
  // The browser's engine fetches the mentions when a query asks for them; here they load at once.
  const path = join(projectRoot, 'public/data/mentions.parquet').replace(/'/g, "''");
  await db.query({ sql: `CREATE TABLE mentions AS SELECT * FROM read_parquet('${path}')`, params: [] }, (rows) => rows);
  published = await openPublishedTables();
});
afterAll(() => {
  db.close();
  published.close();
});

async function marksOfReport(reportId: string) {
  const indicators = (await db.query(claimedIndicatorsQuery([reportId]), (rows) => claimedIndicatorRowSchema.array().parse(rows))).map((r) => r.indicator_id);
  return db.query(readerMarksQuery([reportId], indicators), marksOf);
}

describe('the reader’s marks, run in Node on the published tables', () => {
  it.each(catalog.reports.map((r) => r.report_id))('gives %s one mark per mention, each claimed one with its observations', async (reportId) => {
    const mentions = await readRows(published, 'SELECT mention_start, mention_end, disposition, reason, observation_id FROM mentions WHERE report_id = $id ORDER BY mention_start', { id: reportId });
    const marks = await marksOfReport(reportId);
    expect(marks.map((m) => [m.mention_start, m.mention_end, m.disposition, m.reason])).toEqual(mentions.map((m) => [m.mention_start, m.mention_end, m.disposition, m.reason]));
    const claimed = marks.filter((m) => m.disposition === 'claimed');
    expect(claimed.length).toBeGreaterThan(0);
    for (const [i, mark] of marks.entries()) {
      const ids = mentions[i].observation_id === null ? [] : String(mentions[i].observation_id).split(';').sort();
      expect(mark.observation_ids.toSorted()).toEqual(ids);
      expect(mark.observations.map((o) => o.observation_id).toSorted()).toEqual(ids);
    }
    const observations = await readRows(published, "SELECT observation_id, indicator_id, value, unit, scope, method FROM observations WHERE report_id = $id", { id: reportId });
    const byId = new Map(observations.map((o) => [o.observation_id, o]));
    for (const o of claimed.flatMap((m) => m.observations)) {
      expect(byId.get(o.observation_id)).toMatchObject({ indicator_id: o.indicator_id, value: o.value, unit: o.unit, scope: o.scope, method: o.method });
      expect(o.indicator_name_zh).toBe(catalog.indicators.find((i) => i.indicator_id === o.indicator_id)!.name_zh);
    }
  });

  it('splits a 均 number into every indicator it stands for', async () => {
    const marks = await marksOfReport('yueyang-civil-defence-2022');
    expect(marks.filter((m) => m.observations.length > 1)).toHaveLength(2);
  });

  it('binds a hostile report id as data', async () => {
    expect(await db.query(readerMarksQuery(["harbin-2022') OR 1=1 --"], []), marksOf)).toEqual([]);
  });
});
