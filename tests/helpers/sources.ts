import { resolve } from 'node:path';
import type { Report } from '../../src/domain/catalog';
import { extractReport } from '../../src/extract/extract-report';
import { compileRules } from '../../src/extract/rules';
import { readSources } from '../../scripts/io/read-sources';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const sources = readSources(resolve(projectRoot, 'data'));
const rules = compileRules(sources.rules);
const indicators = new Map(sources.indicators.map((i) => [i.indicator_id, i]));

/** Run the real extractor over a text as if it were a report of the given jurisdiction. */
export function extractText(text: string, overrides: Partial<Report> = {}, jurisdictionId = 'lianyungang') {
  const jurisdiction = sources.jurisdictions.find((j) => j.jurisdiction_id === jurisdictionId)!;
  const report: Report = {
    ...sources.reports.find((r) => r.jurisdiction_id === jurisdictionId)!,
    report_id: 'sample-2020',
    ...overrides,
  };
  const { claims, mentions } = extractReport({ report, jurisdiction, text }, rules, indicators);
  return { observations: claims.map((c) => c.observation), mentions };
}

export const valuesByIndicator = (text: string, overrides: Partial<Report> = {}, jurisdictionId?: string) =>
  Object.fromEntries(extractText(text, overrides, jurisdictionId).observations.map((o) => [o.indicator_id, o.value]));

/** Each number of a text as written, with what became of it: an indicator, a not-an-indicator class, or unclaimed. */
export const dispositions = (text: string, overrides: Partial<Report> = {}, jurisdictionId?: string) =>
  extractText(text, overrides, jurisdictionId).mentions.map((m) => [
    m.mention,
    m.disposition === 'claimed' ? m.observation_id!.split('/')[1] : m.disposition === 'not_indicator' ? m.reason : 'unclaimed',
  ]);
