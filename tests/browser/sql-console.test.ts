import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleExamples } from '../../src/sql/console-examples';
import { maxSqlLength } from '../../src/state/view-state';
import { publishedTablesOfFile, readRows } from '../helpers/duckdb';
import { downloadFrom, engineTimeout, openApp, parseCsv, sessionsClosedAfterEach, useBrowserAndServer, type Session } from './browser-helpers';

const testTimeout = 120_000;
const shared = useBrowserAndServer();
const sessions = sessionsClosedAfterEach();

const node = publishedTablesOfFile();

async function open(sql?: string, extra = ''): Promise<Session> {
  const session = await openApp(shared.browser, shared.server.url, `?v=1&view=sql${sql === undefined ? '' : `&sql=${encodeURIComponent(sql)}`}${extra}`);
  sessions.push(session);
  await session.page.locator('.cm-editor').waitFor({ timeout: engineTimeout });
  return session;
}

const statusOf = (page: Page) => page.locator('[data-testid="sql-status"]');
const editorText = (page: Page) => page.locator('.cm-content').innerText();

/** Wait until the console has settled and return what it says. */
async function outcome(page: Page, settled = ['done', 'refused', 'failed', 'cancelled']): Promise<{ status: string; text: string }> {
  await page
    .waitForFunction((wanted) => wanted.includes(document.querySelector('[data-testid="sql-status"]')?.getAttribute('data-status') ?? ''), settled, { timeout: engineTimeout })
    .catch(async (error: Error) => {
      throw new Error(`the console never settled; it shows ${JSON.stringify(await statusOf(page).allInnerTexts())}\n${error.message}`);
    });
  return { status: (await statusOf(page).getAttribute('data-status'))!, text: await statusOf(page).innerText() };
}

/** As a person would: select all, delete, and type (inserted at once, so that the editor's closing brackets do not get in the way). */
async function type(page: Page, sql: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(sql);
}

async function runTyped(page: Page, sql: string) {
  await type(page, sql);
  await page.click('[data-testid="sql-run"]');
  return outcome(page);
}

/** The result table as text: header, then rows. */
function resultTable(page: Page): Promise<string[][]> {
  return page.evaluate(`[...document.querySelectorAll('[data-testid="sql-result"] tr')].map((tr) => [...tr.children].map((c) => c.textContent))`) as Promise<string[][]>;
}

const asText = (value: unknown) => (value === null ? 'NULL' : String(value));

describe('the SQL console', () => {
  it('loads CodeMirror with SQL highlighting and an example; runs it on the real tables as Node DuckDB answers it on the Parquet', async () => {
    const { page } = await open();
    expect(await editorText(page)).toContain('SELECT indicator_id');
    // The keyword is drawn in its own colour, apart from the plain text of the line.
    const colours = (await page.evaluate(`(() => {
      const line = document.querySelector('.cm-content .cm-line');
      const spans = [...document.querySelectorAll('.cm-content span')];
      const keyword = spans.find((s) => s.textContent === 'SELECT');
      return keyword ? [getComputedStyle(keyword).color, getComputedStyle(line).color] : null;
    })()`)) as [string, string] | null;
    expect(colours).not.toBeNull();
    expect(colours![0]).not.toBe(colours![1]);

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+Enter');
    const { status, text } = await outcome(page);
    expect(status, text).toBe('done');
    const expected = await readRows(node(), consoleExamples.valuesPerIndicator);
    const [header, ...rows] = await resultTable(page);
    expect(header).toEqual(['indicator_id', 'n']);
    expect(rows).toEqual(expected.map((r) => [asText(r.indicator_id), asText(r.n)]));
    expect(text).toMatch(new RegExp(`^${expected.length} 行，用时 \\d+ 毫秒`));
  }, testTimeout);

  it('reads the mentions and joins the reports, exports the CSV, and draws a text-and-number answer as a chart with PNG export', async () => {
    const { page } = await open(consoleExamples.valuesPerReport);
    expect((await outcome(page)).status).toBe('done');
    const reports = await readRows(node(), consoleExamples.valuesPerReport);
    expect((await resultTable(page)).slice(1)).toEqual(reports.map((r) => [r.report_id, r.reporting_body_zh, r.n].map(asText)));
    const csv = await downloadFrom(page, '[data-testid="sql-export-csv"]');
    expect(csv.name).toBe('sql_query.csv');
    expect(parseCsv(csv.bytes.toString('utf8'))).toEqual([['report_id', 'reporting_body_zh', 'n'], ...reports.map((r) => [r.report_id, r.reporting_body_zh, r.n].map(String))]);
    // Three columns: no chart.
    expect(await page.locator('[data-testid="chart"]').count()).toBe(0);

    const answer = await runTyped(page, consoleExamples.mentionsByDisposition);
    expect(answer.status, answer.text).toBe('done');
    const mentions = await readRows(node(), consoleExamples.mentionsByDisposition);
    expect((await resultTable(page)).slice(1)).toEqual(mentions.map((r) => [asText(r.disposition), asText(r.n)]));
    await page.locator('[data-testid="chart"][data-rendered]').waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="chart-summary"]').textContent()).toContain(`${mentions[0].disposition}: ${mentions[0].n}`);
    const png = await downloadFrom(page, '[data-testid="export-png"]');
    expect(png.name).toBe('sql_n_by_disposition.png');
    expect(PNG.sync.read(png.bytes).width).toBeGreaterThan(300);
  }, testTimeout);

  it.each([
    ["COPY reports TO 'out.csv'", 'COPY'],
    ["ATTACH 'x.duckdb' AS x", 'ATTACH'],
    ['INSTALL httpfs', 'INSTALL'],
    ['CREATE TABLE t AS SELECT 1', 'CREATE'],
    ["SELECT * FROM read_csv('https://example.org/x.csv')", 'read_csv'],
    ['DELETE FROM reports', 'DELETE'],
  ])('refuses %j, by link and typed, naming %s, and sends nothing', async (sql, word) => {
    const { page, requests } = await open(sql);
    const byLink = await outcome(page);
    expect(byLink.status).toBe('refused');
    expect(byLink.text).toContain(word);
    const typed = await runTyped(page, `select 1; ${sql}`);
    expect(typed.status).toBe('refused');
    const alone = await runTyped(page, sql.toLowerCase().replace(' ', ' /* c */ '));
    expect(alone.status).toBe('refused');
    await page.click('[data-testid="lang-toggle"]');
    expect(await statusOf(page).innerText()).toMatch(/^Not run: .*(COPY|ATTACH|INSTALL|CREATE|read_csv|DELETE)/);
    expect(requests.filter((url) => !url.startsWith(shared.server.url))).toEqual([]);
  }, testTimeout);

  it('cancels a runaway query within a few seconds, and runs the next one afterwards', async () => {
    // A first answer, so that the engine is up and the tables loaded: what is cancelled is the query itself.
    const { page } = await open('SELECT 1 AS one');
    expect((await outcome(page)).status).toBe('done');
    await type(page, 'SELECT count(*) FROM range(100000000000)');
    await page.click('[data-testid="sql-run"]');
    await page.waitForTimeout(2000);
    expect(await statusOf(page).getAttribute('data-status')).toBe('running');
    const asked = Date.now();
    await page.click('[data-testid="sql-cancel"]');
    const { status } = await outcome(page);
    expect(status).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(5000);
    const next = await runTyped(page, "SELECT 'ok' AS label, 42 AS answer");
    expect(next.status, next.text).toBe('done');
    expect(await resultTable(page)).toEqual([['label', 'answer'], ['ok', '42']]);
    // DuckDB's own error, as text.
    const failed = await runTyped(page, 'SELECT no_such_column FROM reports');
    expect(failed.status).toBe('failed');
    expect(failed.text).toMatch(/^DuckDB 报错：.*no_such_column/);
    // The app's own queries were never touched: another view still draws.
    await page.click('[data-testid="tab-table"]');
    await page.locator('[data-testid="data-table"] tbody tr').first().waitFor({ timeout: engineTimeout });
  }, testTimeout);

  it('keeps the text in the URL without a history entry per keystroke, and a link with it opens and runs it', async () => {
    const { page, context } = await open();
    const historyBefore = await page.evaluate('history.length');
    const sql = 'SELECT report_id FROM reports ORDER BY report_id';
    await type(page, sql);
    await page.waitForFunction((text) => new URL(location.href).searchParams.get('sql') === text, sql, { timeout: 5000 });
    expect(await page.evaluate('history.length')).toBe(historyBefore);
    const link = page.url();

    const other = await context.newPage();
    await other.goto(link);
    await other.locator('.cm-editor').waitFor({ timeout: engineTimeout });
    expect(await editorText(other)).toBe(sql);
    expect((await outcome(other)).status).toBe('done');
    const reports = await readRows(node(), sql);
    expect((await resultTable(other)).slice(1)).toEqual(reports.map((r) => [r.report_id]));
    await other.close();
  }, testTimeout);

  it.each([
    ['a control character', `&sql=${encodeURIComponent('SELECT 1\u0000')}`],
    ['a text over the limit', `&sql=${encodeURIComponent(`SELECT ${'1+'.repeat(2500)}1`)}`],
  ])('draws the console with a notice for %s in the URL', async (_what, extra) => {
    const { page } = await open(undefined, extra);
    await page.locator('[data-testid="url-notice"]').waitFor({ timeout: engineTimeout });
    expect(await page.locator('[data-testid="url-notice"]').innerText()).toContain('sql=');
    expect(await editorText(page)).toContain('SELECT indicator_id');
    expect(await page.locator('[data-testid="sql-schema"]').isVisible()).toBe(true);
    expect(`SELECT ${'1+'.repeat(2500)}1`.length).toBeGreaterThan(maxSqlLength);
  }, testTimeout);

  it('refuses a URL whose text is no query at all, and still draws', async () => {
    const { page } = await open(undefined, '&sql=%E0%A4%A%27');
    const { status, text } = await outcome(page);
    expect(status).toBe('refused');
    expect(text).toMatch(/^未运行：/);
    // The schema panel puts a name where the cursor is.
    await type(page, 'SELECT * FROM ');
    await page.click('[data-testid="schema-table-jurisdictions"]');
    expect(await editorText(page)).toBe('SELECT * FROM jurisdictions');
    // The table's marker opens its columns; its name inserts it.
    await page.click('details:has([data-testid="schema-table-reports"]) > summary', { position: { x: 4, y: 6 } });
    await type(page, 'SELECT  FROM reports');
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await page.click('[data-testid="schema-column-reports-title_zh"]');
    expect(await editorText(page)).toBe('SELECT title_zh FROM reports');
    expect(await page.locator('[data-testid="sql-schema"]').innerText()).toContain('报告标题');
  }, testTimeout);
});
