import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingsOf } from '../../src/features/reader/headings';
import { compareViewOf } from '../../src/features/reader/marks';
import type { Mark, MarkedObservation } from '../../src/sql/reader-query';
import { projectRoot } from '../helpers/sources';

const text = (id: string) => readFileSync(join(projectRoot, 'public/data/reports', `${id}.txt`), 'utf8');

const observation = (scope: string, more: Partial<MarkedObservation> = {}): MarkedObservation => ({
  observation_id: `lianyungang-2020/reconsideration_received/${scope}`, indicator_id: 'reconsideration_received', indicator_name_zh: '', indicator_name_en: '',
  value: 1, unit: 'count', qualifier: 'exact', scope, method: 'reported', year: 2020, ...more,
});
const mark = (...observations: MarkedObservation[]): Mark => ({
  report_id: 'lianyungang-2020', mention_start: 0, mention_end: 1, mention: '1', disposition: 'claimed', reason: null, candidate_indicator_id: null, note: null,
  observation_ids: observations.map((o) => o.observation_id), observations,
});

describe('the reader’s pure helpers', () => {
  it('finds the headings of a report, both levels, in either script and either parenthesis', () => {
    const harbin = headingsOf(text('harbin-2022'));
    expect(harbin.filter((h) => h.level === 1).map((h) => h.text)[0]).toBe('一、加強統籌謀劃,整體推進法治政府建設');
    expect(harbin.find((h) => h.level === 2)!.text).toBe('(一)制定實施法治政府建設規劃');
    for (const h of harbin) expect(text('harbin-2022').startsWith(h.text.slice(0, 3), h.start)).toBe(true);
  });

  it('opens the compare view on the figure’s own scope only when the report gives a wider one, which the chart would draw', () => {
    const own = observation('government_own_level');
    const wide = observation('jurisdiction_wide');
    expect(compareViewOf(own, [mark(own), mark(wide)])).toMatchObject({ view: 'compare', indicator: 'reconsideration_received', years: [2020], scope: 'government_own_level', source: own.observation_id });
    expect(compareViewOf(wide, [mark(own), mark(wide)])).toMatchObject({ scope: 'all', method: 'all', source: wide.observation_id });
    expect(compareViewOf(own, [mark(own)])).toMatchObject({ scope: 'all' });
  });
});
