import type { Browser, Page } from 'playwright-core';
import type { StaticServer } from '../io/static-server';
import type { ActionKind, PlannedAction } from './ui-filter-plan';
import { loadTimeout, probe, waitEngineReady, waitFirstChart, waitQuiet, withFreshPage } from './ui-page';

export interface ChangeResult {
  kind: ActionKind;
  label: string;
  cached: boolean;
  /** Input event → first render showing the new state. */
  ms: number | null;
  /** Input event → the very next render, whatever it shows. */
  firstMs: number | null;
  /** Input event → DuckDB's worker posted its first answer. */
  answerMs: number | null;
  /** The summary listed the same cells after the update as before it (expected only for a sort). */
  sameCells: boolean;
  /** Of the change, time the engine spent fetching and loading partitions, and running queries (its User Timing measures). */
  engine: { loadMs: number; queryMs: number };
}

export function measureFilterChanges(browser: Browser, server: StaticServer, plan: PlannedAction[]): Promise<ChangeResult[]> {
  return withFreshPage(browser, server.url, { instrumented: true }, async (page) => {
    await waitFirstChart(page);
    await waitEngineReady(page);
    // The app's own derivation follows the first answers once; the walk measures the settled page.
    await page.waitForFunction(`performance.getEntriesByName('engine:derived').length > 0`, undefined, { timeout: loadTimeout, polling: 50 });
    await waitQuiet(page, 500);
    const results: ChangeResult[] = [];
    for (const action of plan) {
      results.push(await measureChange(page, action));
      await waitQuiet(page, 150);
    }
    return results;
  });
}

async function measureChange(page: Page, action: PlannedAction): Promise<ChangeResult> {
  await action.prepare?.(page);
  const needsQuery = action.kind !== 'sort' && !action.cached;
  await probe(page, `Object.assign(p, { armed: true, needsQuery: ${needsQuery}, answered: false, t0: null, tFirst: null, tAnswer: null, tUpdated: null,
    dataBefore: p.cellsText(), dataAtUpdate: null }) && null`);
  await action.perform(page);
  try {
    await page.waitForFunction('window.__bench.tUpdated !== null', undefined, { timeout: 10_000, polling: 20 });
  } catch {
    // no render showing the new state within 10 s
  }
  const p = await probe<{ t0: number | null; tFirst: number | null; tAnswer: number | null; tUpdated: number | null; same: boolean }>(
    page,
    '({ t0: p.t0, tFirst: p.tFirst, tAnswer: p.tAnswer, tUpdated: p.tUpdated, same: p.dataAtUpdate === p.dataBefore })',
  );
  await probe(page, '(p.armed = false)');
  // As source text: tsx would wrap a function's inner arrows in a helper the page does not have.
  const engine = await page.evaluate<{ loadMs: number; queryMs: number }>(`(() => {
    const sum = (name) => performance.getEntriesByName(name, 'measure').filter((m) => ${p.t0 ?? 'Infinity'} <= m.startTime).reduce((ms, m) => ms + m.duration, 0);
    return { loadMs: sum('engine:load'), queryMs: sum('engine:query') };
  })()`);
  const since = (t: number | null) => (p.t0 !== null && t !== null ? t - p.t0 : null);
  return {
    kind: action.kind,
    label: action.label,
    cached: action.cached,
    ms: since(p.tUpdated),
    firstMs: since(p.tFirst),
    answerMs: since(p.tAnswer),
    sameCells: p.tUpdated !== null && p.same,
    engine,
  };
}
