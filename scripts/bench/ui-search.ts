/**
 * Search latency: the built app at view=search, queries of the genre typed one after another, each timed
 * in the page from the input event to the results for it being in the DOM (React commits a typed change
 * synchronously, so this is the work of searching and drawing, before the browser paints).
 */
import type { Browser } from 'playwright-core';
import type { StaticServer } from '../io/static-server';
import { ms, percentile } from './stats';
import { loadTimeout, withFreshPage } from './ui-page';

/** Words of the reports, single characters (scanned, not looked up) and a traditional spelling. */
export const searchQueries = [
  '复议', '调解', '行政执法', '规范性文件', '首违不罚', '法治', '法', '案', '件', '複議', '行政复议', '调解成功率', '普法',
  '合法性审查', '政务公开', '法律顾问', '行政诉讼', '听证', '备案审查', '清理', '执法', '2022', '万', '法治政府建设',
];
export const searchTargetMs = 100;

export interface SearchTiming {
  query: string;
  ms: number;
  results: number;
}

const typeAndTime = (query: string) => `(async () => {
  const input = document.querySelector('[data-testid="search-input"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const shown = () => document.querySelector('[data-testid="search-results"]')?.getAttribute('data-query') === ${JSON.stringify(query)};
  const t0 = performance.now();
  setValue.call(input, ${JSON.stringify(query)});
  input.dispatchEvent(new Event('input', { bubbles: true }));
  if (!shown()) await new Promise((resolve) => new MutationObserver((_, observer) => shown() && (observer.disconnect(), resolve())).observe(document.body, { subtree: true, childList: true, attributes: true }));
  return { ms: performance.now() - t0, results: document.querySelectorAll('[data-testid="search-result"]').length };
})()`;

/** `rounds` passes over the queries in one page, after the index is built; also the time the index took to build. */
export function measureSearch(browser: Browser, server: StaticServer, rounds = 2): Promise<{ timings: SearchTiming[]; indexMs: number; readyMs: number }> {
  return withFreshPage(browser, `${server.url}?v=1&view=search`, { instrumented: false }, async (page) => {
    await page.waitForFunction(`performance.getEntriesByName('search:index', 'measure').length > 0`, undefined, { timeout: loadTimeout, polling: 50 });
    const [indexMs, readyMs] = (await page.evaluate(`(() => { const m = performance.getEntriesByName('search:index', 'measure')[0]; return [m.duration, m.startTime + m.duration]; })()`)) as [number, number];
    await page.locator('[data-testid="search-results"]').waitFor({ state: 'attached', timeout: loadTimeout });
    const timings: SearchTiming[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of searchQueries) timings.push({ query, ...((await page.evaluate(typeAndTime(query))) as Omit<SearchTiming, 'query'>) });
    }
    return { timings, indexMs, readyMs };
  });
}

export function reportSearch({ timings, indexMs, readyMs }: Awaited<ReturnType<typeof measureSearch>>, print: (line: string) => void, label: (text: string) => string): void {
  const xs = timings.map((t) => t.ms);
  const p95 = percentile(xs, 95);
  print(`${label('search: input → results drawn:')}p50 ${ms(percentile(xs, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...xs))} [n=${xs.length}] target p95 ≤ ${searchTargetMs} ms ${p95 <= searchTargetMs ? 'ok' : 'MISSED'}`);
  const slowest = timings.toSorted((a, b) => b.ms - a.ms).slice(0, 3).map((t) => `${t.query} ${ms(t.ms)} (${t.results} results)`);
  print(`${label('  slowest:')}${slowest.join('; ')}`);
  print(`${label('  index built (info):')}${ms(indexMs)}; ready ${ms(readyMs)} after navigation (engine boot, texts, mentions)`);
}
