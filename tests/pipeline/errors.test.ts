import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data';
import { editData, makeTempProject, readTree } from '../helpers/temp-project';

let project: ReturnType<typeof makeTempProject>;
beforeEach(() => {
  project = makeTempProject();
});
afterEach(() => project.cleanup());

const xilingolMediation = {
  action: 'add',
  report_id: 'xilingol-2020',
  indicator_id: 'mediation_cases',
  quote: '全年调解各类矛盾纠纷4489件',
  quote_start: 0,
  value: 4489,
  value_text: '4489',
  qualifier: 'exact',
  scope: 'not_stated',
  reason: 'a test addition with a reason long enough',
};

describe('npm run extract stops with the file and row at fault', () => {
  it.each([
    ['a quote that does not match its offsets', 'curation.jsonl', () => [xilingolMediation], /data\/curation\.jsonl line 1: quote does not match data\/reports\/xilingol-2020\.txt at 0/],
    ['an unknown indicator in a rule', 'rules.json', (r: any) => ({ ...r, rules: [...r.rules, { indicator_id: 'no_such_indicator', units: ['件'], before: 'x' }] }), /data\/rules\.json rules row \d+: unknown indicator_id no_such_indicator/],
    ['an unknown jurisdiction in the manifest', 'reports.json', (r: any[]) => [{ ...r[0], jurisdiction_id: 'atlantis' }, ...r.slice(1)], /data\/reports\.json row 1: unknown jurisdiction_id atlantis/],
    ['a malformed manifest row', 'reports.json', (r: any[]) => [r[0], { ...r[1], year: 'twenty' }], /data\/reports\.json row 2: year:/],
    ['a correction of an observation that does not exist', 'curation.jsonl', (c: any[]) => [...c, { action: 'correct', observation_id: 'harbin-2022/nothing/not_stated', set: { value: 1 }, reason: 'a reason of some length' }], /data\/curation\.jsonl line 3: unknown observation_id/],
    ['a duplicate observation', 'curation.jsonl', () => [{ ...xilingolMediation, quote_start: 3049 }], /data\/curation\.jsonl line 1: duplicate observation xilingol-2020\/mediation_cases\/not_stated/],
    ['a curation line with no reason', 'curation.jsonl', (c: any[]) => [{ ...c[0], reason: '' }], /data\/curation\.jsonl line 1: reason:/],
  ])('%s', async (_, file, edit, message) => {
    await buildData(project.root);
    const before = readTree(join(project.root, 'public/data'));
    editData(project.root, file, edit);
    await expect(buildData(project.root)).rejects.toThrow(message);
    expect(readTree(join(project.root, 'public/data'))).toEqual(before);
    expect(existsSync(join(project.root, 'public/data.staging'))).toBe(false);
  });

  it('a line of curation that is not JSON', async () => {
    const path = join(project.root, 'data/curation.jsonl');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n{ "action": "reject", "observation_id": oops }\n`);
    await expect(buildData(project.root)).rejects.toThrow(/data\/curation\.jsonl line 4: not valid JSON/);
    expect(existsSync(join(project.root, 'public/data'))).toBe(false);
  });
});
