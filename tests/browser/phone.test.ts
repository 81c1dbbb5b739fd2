import { describe, expect, it } from 'vitest';
import { openApp, sessionsClosedAfterEach, useBrowserAndServer, waitForRender, type Session } from './browser-helpers';

const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();
const phone = { width: 390, height: 844 };

async function openOnPhone(path = ''): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, path, undefined, phone);
  sessions.push(session);
  return session;
}

const boxOf = async (session: Session, selector: string) => (await session.page.locator(selector).first().boundingBox())!;

describe('on a 390 px phone', () => {
  it('shows the chart on the first screen, with the filters in a closed drawer that opens and closes', async () => {
    const session = await openOnPhone();
    const { page } = session;
    await waitForRender(page);
    expect((await boxOf(session, '[data-testid="chart"]')).y).toBeLessThan(phone.height / 2);
    expect(await page.locator('[data-testid="category-select"]').isVisible()).toBe(false);
    const toggle = page.locator('[data-testid="filters-toggle"]');
    expect(await toggle.textContent()).toContain('调解成功率');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-testid="category-select"]').isVisible()).toBe(true);
    await toggle.click();
    expect(await page.locator('[data-testid="category-select"]').isVisible()).toBe(false);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(phone.width);
  });

  it('keeps 复制链接 and the other header buttons on one line each', async () => {
    const session = await openOnPhone();
    await waitForRender(session.page);
    for (const id of ['copy-link', 'nav-add', 'lang-toggle']) {
      const box = await boxOf(session, `[data-testid="${id}"]`);
      expect(box.height, id).toBeLessThan(40);
      expect(box.width, id).toBeGreaterThan(box.height);
    }
  });

  it('still lays a wide screen out with the filters beside the chart', async () => {
    const session = await openApp(shared.browser, shared.server.url);
    sessions.push(session);
    await waitForRender(session.page);
    expect(await session.page.locator('[data-testid="filters-toggle"]').isVisible()).toBe(false);
    const filters = await boxOf(session, '.filters');
    const chart = await boxOf(session, '[data-testid="chart"]');
    expect(filters.x + filters.width).toBeLessThanOrEqual(chart.x);
  });
});
