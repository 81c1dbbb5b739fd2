import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { importBundle } from '../../scripts/import-report';
import { makeBundle, parseBundle } from '../../src/domain/bundle';
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

    await page.locator('[data-testid="tab-trend"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-source"]')?.textContent?.includes('正定县人民政府 2024年（本地添加，未发布）'), null, { timeout: engineTimeout });
    await page.locator('[data-testid="tab-coverage"]').click();
    await page.locator('[data-testid="coverage-table"] th.local', { hasText: '正定县 2024（本地）' }).waitFor({ timeout: engineTimeout });
    await page.locator('[data-testid="tab-table"]').click();

    await page.reload();
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    await page.waitForFunction(() => document.body.textContent?.includes('本地添加，未发布'), null, { timeout: engineTimeout });
    expect((await tableCsv()).filter((r) => r.publication === '本地添加，未发布')).toEqual(local);

    // The kept place is a place like the others: picked in the filters, named in the link, read back from it.
    await page.locator('[data-testid="tab-compare"]').click();
    await page.locator('[data-testid="indicator-select"]').selectOption('mediation_success_rate');
    await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-130123"]').check();
    await page.locator('[data-testid="jurisdiction-filter"] input[value="harbin"]').check();
    await waitForSummaryMatching(page, /正定县/);
    const link = page.url();
    expect(new URL(link).searchParams.get('j')).toBe('cn-130123,harbin');
    expect(new URL(link).searchParams.get('lr')).toBe('cn-130123-2024');
    await page.reload();
    await waitForSummaryMatching(page, /正定县/);
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-130123"]').isChecked()).toBe(true);

    // Elsewhere the link draws the published data and says which report is missing, not which values were unknown.
    const elsewhere = await openApp(shared.browser, link);
    sessions.push(elsewhere);
    await elsewhere.page.waitForFunction(() => document.querySelector('[data-testid="foreign-reports-notice"]')?.textContent?.includes('正定县，2024'), null, { timeout: engineTimeout });
    await waitForSummaryMatching(elsewhere.page, /哈尔滨/);
    expect(await elsewhere.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(elsewhere.pageErrors).toEqual([]);

    // There the bundle restores the report, and a delete, once confirmed, takes it out of every view again.
    await elsewhere.page.locator('[data-testid="foreign-reports-notice"] button').first().click();
    await elsewhere.page.locator('[data-testid="bundle-file"]').setInputFiles({ name: bundleFile.name, mimeType: 'application/json', buffer: bundleFile.bytes });
    await elsewhere.page.locator('[data-testid="review-row"]').first().waitFor({ timeout: engineTimeout });
    await elsewhere.page.waitForFunction((n) => document.querySelector('.review h3')?.textContent?.includes(`(${n - 1})`), found, { timeout: engineTimeout });
    await elsewhere.page.locator('[data-testid="keep-report"]').click();
    await elsewhere.page.locator('[data-testid="show-in-compare"]').click();
    await waitForSummaryMatching(elsewhere.page, /正定县/);
    expect(await elsewhere.page.locator('[data-testid="foreign-reports-notice"]').count()).toBe(0);
    await elsewhere.page.locator('[data-testid="nav-add"]').click();
    elsewhere.page.once('dialog', (dialog) => void dialog.accept());
    await elsewhere.page.locator('[data-testid="local-report"] button', { hasText: '删除' }).click();
    await elsewhere.page.locator('[data-testid="local-report"]').waitFor({ state: 'detached', timeout: engineTimeout });
    await elsewhere.page.locator('[data-testid="add-view"] button', { hasText: '返回' }).first().click();
    await waitForSummaryMatching(elsewhere.page, /^(?![\s\S]*正定县)/);

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

  it('restores a half-finished review after a reload, and refuses a published report\'s text under another year', { timeout: testTimeout }, async () => {
    const session = await openApp(shared.browser, shared.server.url, '?v=1&view=add');
    sessions.push(session);
    const { page } = session;
    const published = readFileSync(join(projectRoot, 'data/reports/xingan-2022.txt'), 'utf8');
    await page.locator('[data-testid="paste-text"]').fill(published);
    await page.locator('[data-testid="division-picked"]').waitFor({ timeout: engineTimeout });
    await page.locator('[data-testid="report-year"]').fill('2023');
    await page.waitForTimeout(500); // the draft is written as the form changes
    await page.reload();
    await page.waitForFunction(() => document.body.textContent?.includes('已恢复未完成的审阅'), null, { timeout: engineTimeout });
    expect(await page.locator('[data-testid="paste-text"]').inputValue()).toBe(published);
    expect(await page.locator('[data-testid="report-year"]').inputValue()).toBe('2023');
    await page.locator('[data-testid="read-figures"]').click();
    await page.locator('[data-testid="review-row"]').first().waitFor({ timeout: engineTimeout });
    await page.locator('[data-testid="keep-report"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="add-problem"]')?.textContent?.includes('the same text is already there, as xingan-2022'), null, { timeout: engineTimeout });
    expect(await page.locator('[data-testid="local-report"]').count()).toBe(0);
  });

  it('refuses an empty text, a binary or 50 MB file, a bundle of another version, altered or cut short, and a text with no figures, and adds nothing', { timeout: testTimeout }, async () => {
    const session = await openApp(shared.browser, shared.server.url, '?v=1&view=add');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="paste-text"]').fill('   ');
    expect(await page.locator('[data-testid="add-problem"]').textContent()).toContain('empty');
    await page.locator('[data-testid="bundle-file"]').setInputFiles({ name: 'old.bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'rule-of-law-report-bundle', format_version: 9 })) });
    await page.waitForFunction(() => document.querySelector('[data-testid="add-problem"]')?.textContent?.includes('format version 9'), null, { timeout: engineTimeout });

    const problemAfter = async (input: string, file: { name: string; mimeType: string; buffer: Buffer } | string, words: string) => {
      await page.locator(`[data-testid="${input}"]`).setInputFiles(file);
      await page.waitForFunction((w) => document.querySelector('[data-testid="add-problem"]')?.textContent?.includes(w), words, { timeout: engineTimeout });
    };
    await problemAfter('report-file', { name: 'scan.txt', mimeType: 'text/plain', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0, 0xff, 0xfe]) }, 'a binary file');
    const dir = mkdtempSync(join(tmpdir(), 'huge-'));
    try {
      writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x41));
      await problemAfter('report-file', join(dir, 'huge.txt'), 'the file is 50.0 MB');
    } finally {
      rmSync(dir, { recursive: true });
    }
    const fixture = JSON.parse(readFileSync(join(projectRoot, 'tests/fixtures/extraction/holdout/h22-zhengding.json'), 'utf8'));
    const bundle = await makeBundle({ report: fixture.report, jurisdiction: fixture.jurisdiction, text, curation: [] }, new Date());
    const altered = { ...bundle, text: `${bundle.text}改` };
    await problemAfter('bundle-file', { name: 'altered.bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(altered)) }, 'does not match its checksum');
    await problemAfter('bundle-file', { name: 'cut.bundle.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundle).slice(0, 500)) }, 'not valid JSON');
    expect(await page.locator('[data-testid="local-report"]').count()).toBe(0);

    await page.locator('[data-testid="paste-text"]').fill('某某县人民政府2024年法治政府建设情况报告\n全面推进依法行政，各项工作稳步推进。');
    await page.locator('[data-testid="division-search"]').fill('130123');
    await page.locator('[data-testid="division-130123"]').click();
    await page.locator('[data-testid="report-body"]').fill('某某县人民政府');
    await page.locator('[data-testid="read-figures"]').click();
    await page.waitForFunction(() => document.body.textContent?.includes('文中没有读出任何可作为指标的数字'), null, { timeout: engineTimeout });
    expect(await page.locator('[data-testid="keep-report"]').count()).toBe(0);
  });
});
