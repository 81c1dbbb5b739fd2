import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/io/chromium';
import { serveStatic, type StaticServer } from '../../scripts/io/static-server';
import { projectRoot } from '../helpers/sources';
import { downloadFrom, engineTimeout, openApp, sessionsClosedAfterEach, waitForSummaryMatching } from './browser-helpers';

const notice = '合成数据，仅供测试规模 / synthetic data, for scale testing';
let dir: string;
let server: StaticServer;
let browser: Browser;
const sessions = sessionsClosedAfterEach();

// `npm run build:national` on a small corpus: about fifty places (Beijing, Tianjin, Hebei and Shijiazhuang's first counties), three years.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'national-'));
  const env = { ...process.env, SYNTHETIC_DIR: join(dir, 'synthetic'), NATIONAL_OUT: join(dir, 'dist') };
  execFileSync('npx', ['tsx', 'scripts/build-national.ts', '--places', '50', '--years', '2022-2024'], { cwd: projectRoot, env, stdio: 'ignore' });
  server = await serveStatic(join(dir, 'dist'));
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the national build, on synthetic data', () => {
  it('says on the page and in every export that its data is synthetic, and opens on the provinces', { timeout: 120_000 }, async () => {
    const session = await openApp(browser, server.url);
    sessions.push(session);
    const { page } = session;
    expect(await page.locator('[data-testid="synthetic-banner"]').textContent()).toBe(notice);
    const summary = await waitForSummaryMatching(page, /北京市 2022年/);
    expect(summary).toContain('河北省');
    expect(summary).not.toContain('石家庄市');
    expect(await page.locator('[data-testid="chart-source"]').textContent()).toContain(notice);
    expect((await downloadFrom(page, '[data-testid="export-svg"]')).bytes.toString('utf8')).toContain('合成数据，仅供测试规模');
    await page.locator('[data-testid="tab-table"]').click();
    await page.locator('table tbody tr').first().waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="synthetic-banner"]').isVisible()).toBe(true);
  });

  it('draws a shared link to a group of places once the places are known, keeping the group in the URL', { timeout: 120_000 }, async () => {
    // The coverage view lists the group's reports whatever indicators the seed gave them.
    const session = await openApp(browser, server.url, '?v=1&view=coverage&j=g:130000-children');
    sessions.push(session);
    const { page } = session;
    await page.locator('[data-testid="coverage-table"] th', { hasText: '石家庄市' }).first().waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="coverage-table"] th', { hasText: '北京市' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('j')).toBe('g:130000-children');
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);

    // Among the places, a short list and a search: by name or by the start of the division code.
    expect(await page.locator('[data-testid="jurisdiction-filter"] input').count()).toBeLessThanOrEqual(41);
    await page.locator('[data-testid="place-search"]').fill('1201');
    await page.locator('[data-testid="jurisdiction-filter"] input[value="cn-120101"]').check();
    await page.waitForFunction(() => location.search.includes('j=g:130000-children,cn-120101'), null, { timeout: engineTimeout });
    await page.locator('[data-testid="coverage-table"] th', { hasText: '和平区' }).first().waitFor({ timeout: engineTimeout });
  });
});
