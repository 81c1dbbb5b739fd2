import { describe, expect, it } from 'vitest';
import type { Curation } from '../../src/domain/curation';
import { extractAll } from '../../scripts/extract/extract-all';
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

  it('corrects a value and re-keys it when its scope changes', () => {
    const { observations } = withCuration([
      {
        action: 'correct',
        observation_id: 'harbin-2022/reconsideration_accepted/not_stated',
        set: { scope: 'government_own_level' },
        reason: 'The city government itself is the reconsideration organ here.',
      },
    ]);
    expect(find(observations, 'harbin-2022/reconsideration_accepted/not_stated')).toBeUndefined();
    expect(find(observations, 'harbin-2022/reconsideration_accepted/government_own_level')).toMatchObject({ value: 1758 });
  });

  it('rejects a figure', () => {
    const id = 'xingan-2022/disputes_resolved/not_stated';
    expect(find(withCuration([]).observations, id)).toBeDefined();
    const { observations } = withCuration([{ action: 'reject', observation_id: id, reason: 'Counts only what the judicial offices resolved.' }]);
    expect(find(observations, id)).toBeUndefined();
  });
});
