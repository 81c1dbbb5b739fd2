import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { importBundle } from '../../scripts/import-report';
import { parseBundle } from '../../src/domain/bundle';
import { openPublishedTables, readRows } from '../helpers/duckdb';
import { projectRoot } from '../helpers/sources';
import { makeTempProject } from '../helpers/temp-project';
import { csvRecords, downloadFrom, engineTimeout, openApp, sessionsClosedAfterEach, useBrowserAndServer, waitForSummaryMatching } from './browser-helpers';

const testTimeout = 120_000;
const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();

// A county the published data does not have, written for the held-out set (never in data/).
const text = readFileSync(join(projectRoot, 'tests/fixtures/extraction/holdout/h22-zhengding.txt'), 'utf8');

describe('adding a report in the browser', () => {
  it('pastes a report, guesses whose it is, reviews its figures, keeps it, charts it marked local, keeps it over a reload, and hands it on', { timeout: testTimeout }, async () => {
    const session = await openApp(shared.browser, shared.server.url, '?v=1&view=add');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="paste-text"]').fill(text);
    await page.locator('[data-testid="division-picked"]').waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="division-picked"]').textContent()).toContain('130123');
    expect(await page.locator('[data-testid="report-year"]').inputValue()).toBe('2024');
    expect(await page.locator('[data-testid="report-body"]').inputValue()).toBe('正定县人民政府');

    await page.locator('[data-testid="read-figures"]').click();
    await page.locator('[data-testid="review-row"]').first().waitFor({ timeout: engineTimeout });
    const found = await page.locator('[data-testid="review-row"]').count();
    expect(found).toBeGreaterThan(40);
    expect(await page.locator('.mention-not_indicator').count()).toBeGreaterThan(5);

    await page.locator('[data-testid="accept-figure"]').first().uncheck();
    await page.waitForFunction((n) => document.querySelector('.review h3')?.textContent?.includes(`(${n - 1})`), found, { timeout: engineTimeout });
    await page.locator('[data-testid="keep-report"]').click();
    await page.locator('[data-testid="kept"]').waitFor({ timeout: engineTimeout });
    const bundleFile = await downloadFrom(page, '[data-testid="export-bundle"]');

    await page.locator('[data-testid="show-in-compare"]').click();
    await waitForSummaryMatching(page, /正定县/);
    await page.locator('[data-testid="tab-table"]').click();
    const tableCsv = async () => csvRecords((await downloadFrom(page, '[data-testid="export-csv"]')).bytes.toString('utf8'));
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    const local = (await tableCsv()).filter((r) => r.publication === '本地添加，未发布');
    expect(local.length).toBeGreaterThan(0);

    await page.reload();
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    await page.waitForFunction(() => document.body.textContent?.includes('本地添加，未发布'), null, { timeout: engineTimeout });
    expect((await tableCsv()).filter((r) => r.publication === '本地添加，未发布')).toEqual(local);

    const parsed = await parseBundle(bundleFile.bytes.toString('utf8'));
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(parsed.bundle.curation).toHaveLength(1);
    const project = makeTempProject();
    try {
      await importBundle(project.root, parsed.bundle);
      await buildData(project.root);
      const db = await openPublishedTables(join(project.root, 'public/data'));
      try {
        const rows = (await readRows(db, `SELECT observation_id, value FROM observations WHERE report_id = '${parsed.bundle.report.report_id}' ORDER BY observation_id`)) as { observation_id: string; value: number }[];
        expect(rows.filter((r) => !r.observation_id.endsWith('/derived'))).toHaveLength(found - 1);
        const pipeline = new Map(rows.map((r) => [r.observation_id, r.value]));
        for (const row of local) expect(pipeline.get(row.observation_id)).toBe(Number(row.value));
      } finally {
        db.close();
      }
    } finally {
      project.cleanup();
    }
  });

  it('refuses an empty text and a bundle of another format version with a clear message', { timeout: testTimeout }, async () => {
    const session = await openApp(shared.browser, shared.server.url, '?v=1&view=add');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="paste-text"]').fill('   ');
    expect(await page.locator('[data-testid="add-problem"]').textContent()).toContain('empty');
    await page.locator('[data-testid="bundle-file"]').setInputFiles({ name: 'old.bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'rule-of-law-report-bundle', format_version: 9 })) });
    await page.waitForFunction(() => document.querySelector('[data-testid="add-problem"]')?.textContent?.includes('format version 9'), null, { timeout: engineTimeout });
  });
});
