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
    ['an unknown indicator in the lexicon', 'rules.json', (r: any) => ({ ...r, lexicon: [...r.lexicon, { indicator_id: 'no_such_indicator', units: ['件'], terms: ['x'] }] }), /data\/rules\.json lexicon row \d+: unknown indicator_id no_such_indicator/],
    ['an unknown jurisdiction in the manifest', 'reports.json', (r: any[]) => [{ ...r[0], jurisdiction_id: 'atlantis' }, ...r.slice(1)], /data\/reports\.json row 1: unknown jurisdiction_id atlantis/],
    ['a malformed manifest row', 'reports.json', (r: any[]) => [r[0], { ...r[1], year: 'twenty' }], /data\/reports\.json row 2: year:/],
    ['a correction of an observation that does not exist', 'curation.jsonl', (c: any[]) => [...c, { action: 'correct', observation_id: 'harbin-2022/nothing/not_stated', set: { value: 1 }, reason: 'a reason of some length' }], /data\/curation\.jsonl line \d+: unknown observation_id/],
    ['a curation line for a number that is no longer there', 'curation.jsonl', (c: any[]) => [{ action: 'classify', report_id: 'harbin-2022', mention_start: 3, mention: '99件', class: 'not_measured', reason: 'a reason of some length' }, ...c], /data\/curation\.jsonl line 1: no number 「99件」 at 3 in data\/reports\/harbin-2022\.txt/],
    ['a manifest row pointing to a missing report', 'reports.json', (r: any[]) => [...r, { ...r[0], report_id: 'nowhere-2022' }], /data\/reports\.json row 6: data\/reports\/nowhere-2022\.txt does not exist/],
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
    const lines = readFileSync(path, 'utf8').split('\n').length;
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n{ "action": "reject", "observation_id": oops }\n`);
    await expect(buildData(project.root)).rejects.toThrow(new RegExp(`data/curation\\.jsonl line ${lines + 1}: not valid JSON`));
    expect(existsSync(join(project.root, 'public/data'))).toBe(false);
  });

  it.each([
    ['an empty report', () => Buffer.from('  \n\n'), /data\/reports\/harbin-2022\.txt line 1: the report is empty/],
    ['a report in GBK', () => Buffer.concat([Buffer.from('第一行\n第二行'), Buffer.from([0xb9, 0xfe, 0xb6, 0xfb, 0xb1, 0xf5])]), /data\/reports\/harbin-2022\.txt line 2: not UTF-8 text/],
    ['a binary file', () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x0a, 0x31]), /data\/reports\/harbin-2022\.txt line 1: holds a NUL character/],
  ])('%s', async (_, bytes, message) => {
    await buildData(project.root);
    const before = readTree(join(project.root, 'public/data'));
    writeFileSync(join(project.root, 'data/reports/harbin-2022.txt'), bytes());
    await expect(buildData(project.root)).rejects.toThrow(message);
    expect(readTree(join(project.root, 'public/data'))).toEqual(before);
  });
});
