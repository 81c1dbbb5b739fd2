import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { manifestSchema } from '../../src/domain/manifest';
import { manifestFile } from '../../src/sql/setup';
import type { Page } from 'playwright-core';

interface FilterState {
  indicator: string;
  jurisdictions: string[];
  years: number[];
  method: 'all' | 'reported' | 'derived';
  sort: 'value_desc' | 'value_asc' | 'name';
}

export type ActionKind = 'jurisdiction' | 'sort' | 'indicator' | 'year';

/** One possible change from state `S` and the state it leads to. */
export interface Step<S> {
  kind: ActionKind;
  label: string;
  next: S;
  prepare?(page: Page): Promise<void>;
  perform(page: Page): Promise<void>;
}

export interface PlannedAction {
  kind: ActionKind;
  label: string;
  /** Its query was asked earlier in the walk, so TanStack's cache answers it, not DuckDB. */
  cached: boolean;
  /** Done before the clock starts: what the analyst does before the change itself (picking a province to add its places). */
  prepare?(page: Page): Promise<void>;
  perform(page: Page): Promise<void>;
}

interface ObservationRow {
  indicator_id: string;
  jurisdiction_id: string;
  year: number;
  method: string;
}

const indicatorCycle = ['mediation_success_rate', 'mediation_cases', 'mediation_successful', 'legal_aid_cases', 'administrative_mediation_cases'];
const allJurisdictions = ['harbin', 'xilingol', 'lianyungang', 'hegang-xingan', 'yueyang'];
const allYears = [2020, 2022];
const sorts: FilterState['sort'][] = ['value_desc', 'value_asc', 'name'];
// The method filter is left out: between 'all' and 'reported' the chart often does not change at all.
const kindCycle: ActionKind[] = ['jurisdiction', 'sort', 'indicator', 'year', 'jurisdiction', 'indicator', 'year', 'jurisdiction', 'sort'];

/** Every observation of the build, from its partitions. */
export function readObservations(dist: string): ObservationRow[] {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(dist, 'data', manifestFile), 'utf8')));
  return manifest.partitions.flatMap((p) => tableFromIPC(readFileSync(join(dist, 'data', p.file))).toArray()).map((row) => {
    const r = row.toJSON() as Record<string, unknown>;
    return { indicator_id: String(r.indicator_id), jurisdiction_id: String(r.jurisdiction_id), year: Number(r.year), method: String(r.method) };
  });
}

/** The compare view draws a chart only when at least one cell has a value; other states show "no data". */
const hasChart = (s: FilterState, rows: ObservationRow[]) =>
  rows.some(
    (r) =>
      r.indicator_id === s.indicator &&
      (s.jurisdictions.length === 0 || s.jurisdictions.includes(r.jurisdiction_id)) &&
      (s.years.length === 0 || s.years.includes(r.year)) &&
      (s.method === 'all' || s.method === r.method),
  );

const initialState: FilterState = { indicator: 'mediation_success_rate', jurisdictions: [], years: [], method: 'all', sort: 'value_desc' };
const queryKey = (s: FilterState) => JSON.stringify([s.indicator, s.jurisdictions, s.years, s.method]);
const toggled = <T>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

interface Walked {
  indicator: string;
  years: number[];
  sort: FilterState['sort'];
}

/** The year, sort and indicator changes every walk makes, through the same controls. */
export function commonSteps<S extends Walked>(kind: 'year' | 'sort' | 'indicator', s: S, years: number[], indicators: string[]): Step<S>[] {
  switch (kind) {
    case 'year':
      return years.map((y) => ({
        kind, label: `toggle ${y}`, next: { ...s, years: toggled(s.years, y).sort((a, b) => a - b) },
        perform: (page) => page.getByTestId('year-filter').locator(`input[value="${y}"]`).click(),
      }));
    case 'sort':
      return sorts.filter((o) => o !== s.sort).map((o) => ({
        kind, label: `sort ${o}`, next: { ...s, sort: o },
        perform: async (page) => void (await page.getByTestId('sort-select').selectOption(o)),
      }));
    case 'indicator':
      return indicators.filter((i) => i !== s.indicator).map((i) => ({
        kind, label: `indicator ${i}`, next: { ...s, indicator: i },
        perform: async (page) => void (await page.getByTestId('indicator-select').selectOption(i)),
      }));
  }
}

/**
 * A seeded walk of `count` changes cycling through `kinds`: wherever it can, each change leads to a
 * state whose query (`queryKey`) was not asked yet, so DuckDB answers it and not TanStack's cache.
 */
export function walk<S>(count: number, start: S, kinds: ActionKind[], candidates: (kind: ActionKind, s: S) => Step<S>[], queryKey: (s: S) => string, seed: number): PlannedAction[] {
  let state = start;
  const seen = new Set([queryKey(state)]);
  let current = seed;
  const random = () => ((current = (current * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const plan: PlannedAction[] = [];
  for (let i = 0; plan.length < count && i < count * 20; i += 1) {
    const kind = kinds[i % kinds.length];
    const valid = candidates(kind, state);
    const fresh = kind === 'sort' ? valid : valid.filter((a) => !seen.has(queryKey(a.next)));
    const pool = fresh.length > 0 ? fresh : valid;
    if (pool.length === 0) continue;
    const step = pool[Math.floor(random() * pool.length)];
    const key = queryKey(step.next);
    plan.push({ ...step, cached: kind !== 'sort' && seen.has(key) });
    state = step.next;
    seen.add(key);
  }
  return plan;
}

/**
 * A walk through the filters that always leaves a chart on screen and, wherever it can, asks
 * DuckDB a query it has not answered yet (a revisited state would come from TanStack's cache).
 */
export function planChanges(count: number, rows: ObservationRow[]): PlannedAction[] {
  const indicators = indicatorCycle.filter((i) => rows.some((r) => r.indicator_id === i));
  const candidates = (kind: ActionKind, s: FilterState): Step<FilterState>[] => {
    const steps: Step<FilterState>[] = kind === 'jurisdiction'
      ? allJurisdictions.map((j) => ({
          kind, label: `toggle ${j}`, next: { ...s, jurisdictions: toggled(s.jurisdictions, j) },
          perform: (page) => page.getByTestId('jurisdiction-filter').locator(`input[value="${j}"]`).click(),
        }))
      : commonSteps(kind, s, allYears, indicators);
    return steps.filter((a) => hasChart(a.next, rows));
  };
  return walk(count, initialState, kindCycle, candidates, queryKey, 12345);
}
