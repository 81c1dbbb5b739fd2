import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Jurisdiction, Report } from '../../src/domain/catalog';
import { expectedFactsFileSchema } from '../../src/domain/expected-facts';
import { extractReport } from '../../src/extract/extract-report';
import { compileRules } from '../../src/extract/rules';
import type { Sources } from '../../src/extract/sources';

/** How a figure is written: 2,417件, 4.35万元, 99.13%, 1,200余人次. */
export interface NumberShape {
  grouping: boolean;
  decimals: number;
  scale: 1 | 10_000 | 100_000_000;
  suffix: string;
}

/** A sentence of the genre with its figure taken out: what a person read from a real or held-out report. */
export interface Template {
  indicatorId: string;
  before: string;
  after: string;
  shape: NumberShape;
  /** The figure the sentence had, in the units it is written in. */
  written: number;
}

const writtenNumber = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万|亿)?([^\d]*)$/u;
const digit = /[0-9０-９〇一二三四五六七八九十百千]/u;

export function shapeOf(number: string): { shape: NumberShape; written: number } | null {
  const match = writtenNumber.exec(number);
  if (!match) return null;
  const [, whole, fraction, magnitude, suffix] = match;
  const scale = magnitude === '万' ? 10_000 : magnitude === '亿' ? 100_000_000 : 1;
  return {
    shape: { grouping: whole.includes(','), decimals: fraction?.length ?? 0, scale, suffix: `${magnitude ?? ''}${suffix}` },
    written: Number(`${whole.replaceAll(',', '')}${fraction ? `.${fraction}` : ''}`),
  };
}

export function writeNumber(written: number, shape: NumberShape): string {
  const [whole, fraction] = written.toFixed(shape.decimals).split('.');
  const grouped = shape.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${grouped}${fraction ? `.${fraction}` : ''}${shape.suffix}`;
}

const probeReport: Report = {
  report_id: 'probe-2020', jurisdiction_id: 'probe', year: 2020, title_zh: '某某市人民政府关于2020年法治政府建设情况的报告', reporting_body_zh: '某某市人民政府',
  reporting_body_en: 'Probe', body_level: 'government', published_date: null, script: 'simplified', source_file: 'probe-2020.txt',
};
const probeJurisdiction: Jurisdiction = {
  jurisdiction_id: 'probe', division_code: '999999', name_zh: '某某市', name_en: 'Probe', admin_level: 'prefecture_city',
  province_zh: '某省', province_en: 'Probe', parent_code: null, parent_name_zh: null,
};

/**
 * Every anchored figure of the extraction fixtures whose sentence holds no other number, kept when
 * the extractor, given that sentence alone in a report, reads back its indicator and value: a
 * synthetic report written from these is read by the real pipeline, and what it reads is known.
 */
export function readTemplates(fixturesDir: string, sources: Pick<Sources, 'rules' | 'indicators'>): Template[] {
  const rules = compileRules(sources.rules);
  const indicators = new Map<string, Indicator>(sources.indicators.map((i) => [i.indicator_id, i]));
  const readsBack = (template: Template) => {
    const sentence = `${template.before}${writeNumber(template.written, template.shape)}${template.after}`;
    const text = `${probeReport.title_zh}\n\n一、主要工作\n\n${sentence}。\n`;
    const { claims } = extractReport({ report: probeReport, jurisdiction: probeJurisdiction, text }, rules, indicators);
    const value = template.written * template.shape.scale;
    return claims.some(({ observation: o }) => o.indicator_id === template.indicatorId && Math.abs(o.value - value) <= 1e-6 * Math.max(1, value));
  };
  const seen = new Set<string>();
  const templates: Template[] = [];
  for (const set of readdirSync(fixturesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(fixturesDir, set)).filter((f) => f.endsWith('.json')).sort()) {
      const { facts } = expectedFactsFileSchema.parse(JSON.parse(readFileSync(join(fixturesDir, set, file), 'utf8')));
      for (const fact of facts) {
        const at = fact.anchor.indexOf(fact.number);
        const read = shapeOf(fact.number);
        if (at < 0 || !read || fact.anchor.indexOf(fact.number, at + 1) >= 0 || !indicators.has(fact.indicator)) continue;
        const template: Template = { indicatorId: fact.indicator, before: fact.anchor.slice(0, at), after: fact.anchor.slice(at + fact.number.length), ...read };
        const key = `${template.indicatorId}|${template.before}|${template.after}`;
        if (seen.has(key) || digit.test(template.before + template.after) || !readsBack(template)) continue;
        seen.add(key);
        templates.push(template);
      }
    }
  }
  return templates;
}
