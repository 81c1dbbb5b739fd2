import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Jurisdiction, Report } from '../../src/domain/catalog';
import { localReportIdOf } from '../../src/domain/local-report-id';
import { extractLocalReport } from '../../src/intake/local-extraction';
import { sha256Hex } from '../../src/lib/sha256';
import { localReportOptionsQuery, reportOptionsQuery, reportOptionSchema } from '../../src/sql/catalog-query';
import { deleteLocalReportQueries, heldReportsQuery, insertLocalReportQueries } from '../../src/sql/local-reports';
import type { Query } from '../../src/sql/query';
import { cellsOf, openPublishedAppDatabase, type AppDatabase } from '../helpers/app-database';
import { projectRoot, sources } from '../helpers/sources';

const text = readFileSync(join(projectRoot, 'tests/fixtures/extraction/holdout/h22-zhengding.txt'), 'utf8');
const jurisdiction: Jurisdiction = {
  jurisdiction_id: 'cn-130123', division_code: '130123', name_zh: '正定县', name_en: 'Zhengding County', admin_level: 'county',
  province_zh: '河北省', province_en: 'Hebei', parent_code: '130100', parent_name_zh: '石家庄市',
};

let db: AppDatabase;
let report: Report;
beforeAll(async () => {
  db = await openPublishedAppDatabase();
  const reportId = await localReportIdOf(jurisdiction.jurisdiction_id, 2024, '正定县人民政府', 'government');
  report = {
    report_id: reportId, jurisdiction_id: jurisdiction.jurisdiction_id, year: 2024, title_zh: '正定县人民政府关于2024年度法治政府建设工作情况的报告',
    reporting_body_zh: '正定县人民政府', reporting_body_en: "Zhengding County People's Government", body_level: 'government', published_date: null,
    script: 'simplified', source_file: `${reportId}.txt`,
  };
});
afterAll(() => db.close());

const run = async (queries: Query[]) => {
  for (const query of queries) await db.query(query, (rows) => rows);
};
const count = async (table: string) => (await db.query({ sql: `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table}`, params: [] }, (rows) => rows as { n: number }[]))[0].n;
const counts = async () => Object.fromEntries(await Promise.all(['observations', 'reports', 'jurisdictions', 'local_reports'].map(async (t) => [t, await count(t)])));

describe('a report kept in the browser, in the app’s tables', () => {
  it('joins the tables with its place, its hash and its reported values, and leaves nothing behind when deleted', async () => {
    const before = await counts();
    const { observations } = extractLocalReport({ report, jurisdiction, text, curation: [] }, sources);
    const textSha256 = await sha256Hex(text);
    await run(insertLocalReportQueries({ report, jurisdiction, textLength: text.length, textSha256, observations }, false));

    const kept = await db.query(localReportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows));
    expect(kept.map((r) => [r.report_id, r.name_zh, r.year])).toEqual([['cn-130123-2024', '正定县', 2024]]);
    const held = await db.query(heldReportsQuery, (rows) => rows as { report_id: string; text_sha256: string }[]);
    expect(held.find((r) => r.report_id === 'cn-130123-2024')?.text_sha256).toBe(textSha256);
    expect(held.every((r) => /^[0-9a-f]{64}$/.test(r.text_sha256))).toBe(true);
    expect(observations.length).toBeGreaterThan(40);
    const [first] = observations;
    const cell = (await cellsOf(db, [first.indicator_id])).find((c) => c.jurisdiction_id === 'cn-130123' && c.year === 2024);
    expect(cell).toMatchObject({ status: 'value', method: 'reported', value: first.value });

    await run(deleteLocalReportQueries('cn-130123-2024'));
    expect(await counts()).toEqual(before);
    expect((await cellsOf(db, [first.indicator_id])).some((c) => c.jurisdiction_id === 'cn-130123')).toBe(false);
  });

  it('keeps a published place when a local report of it is deleted', async () => {
    const places = (await db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows))).map((r) => r.jurisdiction_id);
    const harbin = { ...report, report_id: 'harbin-2024', jurisdiction_id: 'harbin', source_file: 'harbin-2024.txt' };
    await run(insertLocalReportQueries({ report: harbin, jurisdiction: { ...jurisdiction, jurisdiction_id: 'harbin' }, textLength: 1, textSha256: 'x', observations: [] }, true));
    await run(deleteLocalReportQueries('harbin-2024'));
    expect((await db.query(reportOptionsQuery, (rows) => reportOptionSchema.array().parse(rows))).map((r) => r.jurisdiction_id)).toEqual(places);
  });
});
