import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/sources';
import { engineTimeout, openApp, sessionsClosedAfterEach, useBrowserAndServer, waitForRender, type Session } from './browser-helpers';

const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();
const view = '?v=1&ind=mediation_success_rate&j=xilingol,harbin&y=2020,2022';
const manifestHash = createHash('sha256').update(readFileSync(join(projectRoot, 'public/data/manifest.json'))).digest('hex').slice(0, 12);

async function open(path: string, viewport?: { width: number; height: number }): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, path, undefined, viewport);
  sessions.push(session);
  return session;
}

async function citePanel(session: Session) {
  await waitForRender(session.page);
  await session.page.locator('[data-testid="cite-embed"]').click();
  const value = (id: string) => session.page.locator(`[data-testid="${id}"]`).inputValue({ timeout: engineTimeout });
  return { zh: await value('citation-zh'), en: await value('citation-en'), embed: await value('embed-snippet') };
}

describe('cite and embed', () => {
  it('cites the chart in Chinese and English with the data version: a date and the hash of the published tables', async () => {
    const session = await open(view);
    const { zh, en } = await citePanel(session);
    expect(zh).toContain('调解成功率 (%)，2020–2022 年');
    expect(en).toContain('“Mediation success rate (%), 2020–2022.”');
    for (const text of [zh, en]) {
      expect(text).toMatch(new RegExp(`data version \\d{4}-\\d{2}-\\d{2} \\(${manifestHash}\\)|数据版本 \\d{4}-\\d{2}-\\d{2}（${manifestHash}）`));
      expect(text).toContain(session.page.url());
      expect(text).toContain('锡林郭勒盟');
    }
    expect(await session.page.locator('[data-testid="data-version"]').textContent()).toContain(manifestHash);
  });

  it('embeds the chart with its notes and source line and no page chrome, as wide as the page it is put in', async () => {
    const session = await open(view);
    const { embed } = await citePanel(session);
    const src = /src="([^"]+)"/.exec(embed)![1].replaceAll('&amp;', '&');
    expect(new URL(src).searchParams.get('embed')).toBe('1');
    const host = await shared.browser.newContext({ viewport: { width: 900, height: 900 } });
    try {
      const page = await host.newPage();
      await page.setContent(`<div style="width:480px">${embed}</div>`);
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid="chart"][data-rendered]').waitFor({ timeout: engineTimeout });
      expect(await frame.locator('[data-testid="chart-source"]').textContent()).toContain('锡林郭勒盟');
      expect(await frame.locator('.indicator-note').count()).toBe(1);
      expect(await frame.locator('.app-header, .filters, [role="tablist"]').count()).toBe(0);
      const chartBox = await frame.locator('[data-testid="chart"]').boundingBox();
      expect(chartBox!.width).toBeGreaterThan(400);
      expect(chartBox!.width).toBeLessThanOrEqual(480);
      expect(await frame.locator('[data-testid="embed-full-page"]').getAttribute('href')).not.toContain('embed=1');
    } finally {
      await host.close();
    }
  });

  it('shows a hostile embedded link with its notice, and no chrome', async () => {
    const session = await open(`${view}&embed=1&ind2=<script>`);
    await waitForRender(session.page);
    expect(await session.page.locator('[data-testid="embedded"]').count()).toBe(1);
    expect(await session.page.locator('.notice').textContent()).toContain('ind2');
    expect(await session.page.locator('.app-header').count()).toBe(0);
  });
});
