import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, engineTimeout, useBrowserAndServer, waitForRender } from './browser-helpers';

const shared = useBrowserAndServer();

/** The page as it is drawn with scripts off: what a first visit shows before any JavaScript runs. */
async function withoutScripts(path: string) {
  const context = await shared.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(shared.server.url + path);
  const result = { chartSvg: await page.locator('[data-testid="chart"] svg').count(), text: await page.locator('#root').innerText() };
  await context.close();
  return result;
}

describe('the prerendered default view', () => {
  it('ships the default chart, its filters and its source line in the HTML', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<div[^>]*data-testid="chart"[^>]*><svg[^>]*viewBox/);
    expect(html).toContain('调解成功率 (%) · 2020–2022年');
    expect(html).toContain('来源：法治政府建设情况报告 — 锡林郭勒盟行政公署 2020年；哈尔滨市人民政府 2022年');
  });

  it('is what a first visit paints before any script runs', async () => {
    const page = await withoutScripts('');
    expect(page.chartSvg).toBe(1);
    expect(page.text).toContain('锡林郭勒盟');
  });

  it('hydrates into the interactive chart without a mismatch', { timeout: 60_000 }, async () => {
    const context = await shared.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(shared.server.url);
    await waitForRender(page);
    await page.waitForSelector('.engine-status', { state: 'detached', timeout: engineTimeout });
    expect(await page.locator('[data-testid="chart"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart"] svg').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is never shown when the link names another view', async () => {
    const context = await shared.browser.newContext();
    // Without the app's code, what stays on screen is what the HTML itself leaves there.
    await context.route('**/assets/render-*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${shared.server.url}?v=1&view=trend&ind=mediation_cases`);
    expect(await page.locator('[data-testid="chart"] svg').count()).toBe(1);
    expect(await page.locator('#root').isVisible()).toBe(false);
    await context.close();
  });
});
