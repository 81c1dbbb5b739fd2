import { describe, expect, it } from 'vitest';
import type { Curation } from '../../src/domain/curation';
import { extractAll } from '../../src/extract/extract-all';
import { sources } from '../helpers/sources';

const withCuration = (entries: Curation[]) =>
  extractAll({ ...sources, curation: entries.map((entry, i) => ({ line: `line ${i + 1}`, entry })) });
const find = (observations: { observation_id: string }[], id: string) => observations.find((o) => o.observation_id === id);

describe('curation', () => {
  it('adds a figure the rules missed, with its quote checked and its reason kept', () => {
    const text = sources.texts.get('xilingol-2020')!;
    const quote = '清理确认第1批执法主体47个并公布;梳理807个主体';
    const { observations } = withCuration([
      {
        action: 'add',
        report_id: 'xilingol-2020',
        indicator_id: 'enforcement_bodies',
        quote,
        quote_start: text.indexOf(quote),
        value: 807,
        value_text: '807',
        qualifier: 'exact',
        scope: 'not_stated',
        reason: 'The number of enforcement bodies reviewed is in the clause after the one naming them.',
      },
    ]);
    expect(find(observations, 'xilingol-2020/enforcement_bodies/not_stated')).toMatchObject({
      value: 807,
      unit: 'count',
      quote,
      curation_note: expect.stringContaining('enforcement bodies'),
    });
  });

  it('corrects a value and re-keys it when its scope changes, and its number follows', () => {
    const { observations, mentions } = withCuration([
      {
        action: 'correct',
        observation_id: 'xingan-2022/disputes_resolved/not_stated',
        set: { scope: 'jurisdiction_wide' },
        reason: 'The district’s judicial offices resolved these across the whole district.',
      },
    ]);
    expect(find(observations, 'xingan-2022/disputes_resolved/not_stated')).toBeUndefined();
    expect(find(observations, 'xingan-2022/disputes_resolved/jurisdiction_wide')).toMatchObject({ value: 269 });
    expect(mentions.filter((m) => m.observation_id === 'xingan-2022/disputes_resolved/jurisdiction_wide')).toHaveLength(1);
  });

  it('rejects a figure, and its number gets the class the line gives', () => {
    const id = 'xingan-2022/disputes_resolved/not_stated';
    const before = withCuration([]).mentions.find((m) => m.observation_id === id)!;
    const { observations, mentions } = withCuration([
      { action: 'reject', observation_id: id, class: 'other_period', reason: 'Counts only what the judicial offices resolved.' },
    ]);
    expect(find(observations, id)).toBeUndefined();
    expect(mentions.find((m) => m.mention_start === before.mention_start && m.report_id === 'xingan-2022')).toMatchObject({
      disposition: 'not_indicator',
      reason: 'other_period',
      note: 'Counts only what the judicial offices resolved.',
    });
  });

  it('classes a number by hand, with its reason, and names a line whose number is gone', () => {
    const unclaimed = withCuration([]).mentions.find((m) => m.report_id === 'harbin-2022' && m.mention === '35項')!;
    expect(unclaimed.disposition).toBe('unclaimed');
    const line = { action: 'classify', report_id: 'harbin-2022', mention_start: unclaimed.mention_start, mention: '35項', class: 'plan_or_target', reason: 'Tasks of a five-year action plan.' } as const;
    const classed = withCuration([line]).mentions.find((m) => m.mention_start === unclaimed.mention_start && m.report_id === 'harbin-2022');
    expect(classed).toMatchObject({ disposition: 'not_indicator', reason: 'plan_or_target', note: 'Tasks of a five-year action plan.' });
    expect(() => withCuration([{ ...line, mention_start: unclaimed.mention_start + 1 }])).toThrow(
      /data\/curation\.jsonl line 1: no number 「35項」 at \d+ in data\/reports\/harbin-2022\.txt/,
    );
  });
});
