/**
 * bench:ui's SQL console figure: the built app at view=sql, a few representative queries run
 * several times each, timed in the page from the Run click to the result table drawn (the frame after it).
 */
import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../io/static-server';
import { consoleExamples } from '../../src/sql/console-examples';
import { median, ms } from './stats';
import { loadTimeout } from './ui-page';

const queries = {
  'GROUP BY over observations': consoleExamples.valuesPerIndicator,
  'join with reports': consoleExamples.valuesPerReport,
  'SUMMARIZE observations': consoleExamples.summarizeObservations,
  'mentions by disposition': consoleExamples.mentionsByDisposition,
  'CTE, join, GROUP BY (chart)': consoleExamples.mediationByPlace,
} as const;

export interface ConsoleTimings {
  /** The first query of a fresh page: the engine boots and every table loads first. */
  firstMs: number;
  byQuery: { name: string; ms: number[] }[];
}

// Kept as source text: tsx would inject helpers into a serialised function.
const runAndTime = `new Promise((resolve) => {
  const before = document.querySelector('.sql-outcome')?.dataset.runId ?? '';
  const observer = new MutationObserver(() => {
    const outcome = document.querySelector('.sql-outcome');
    const status = document.querySelector('[data-testid="sql-status"]')?.dataset.status;
    if (status === 'failed' || status === 'refused' || status === 'cancelled') {
      observer.disconnect();
      resolve(-1);
    } else if (outcome && outcome.dataset.runId !== before && outcome.querySelector('[data-testid="sql-result"]')) {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  const t0 = performance.now();
  document.querySelector('[data-testid="sql-run"]').click();
})`;

async function typeQuery(page: Page, sql: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText(sql);
}

async function timeRun(page: Page): Promise<number> {
  const elapsed = (await page.evaluate(runAndTime)) as number;
  if (elapsed < 0) throw new Error(`the console did not answer: ${await page.locator('[data-testid="sql-status"]').innerText()}`);
  return elapsed;
}

export async function measureConsoleQueries(browser: Browser, app: StaticServer, runs: number): Promise<ConsoleTimings> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${app.url}?v=1&view=sql&lang=en`);
    await page.locator('.cm-editor').waitFor({ timeout: loadTimeout });
    await typeQuery(page, 'SELECT count(*) AS n FROM mentions');
    const firstMs = await timeRun(page);
    const byQuery = Object.entries(queries).map(([name]) => ({ name, ms: [] as number[] }));
    // Round-robin, so that drift in machine load hits every query alike.
    for (let round = 0; round < runs; round += 1) {
      for (const [i, sql] of Object.values(queries).entries()) {
        await typeQuery(page, sql);
        byQuery[i].ms.push(await timeRun(page));
      }
    }
    return { firstMs, byQuery };
  } finally {
    await context.close();
  }
}

export function reportConsoleQueries({ firstMs, byQuery }: ConsoleTimings, label: (text: string) => string, print: (line: string) => void): void {
  print(`${label('SQL console, Run → result table drawn:')}first query of a cold page ${ms(firstMs)} (engine boot and every table loaded)`);
  for (const { name, ms: xs } of byQuery) print(`${label(`  ${name}:`)}median ${ms(median(xs))} [runs: ${xs.map((x) => Math.round(x)).join(', ')}]`);
}
