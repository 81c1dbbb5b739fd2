import { createHash } from 'node:crypto';
import type { Derivation } from '../../src/domain/catalog';
import type { Row } from '../../src/domain/tables';
import type { Sources } from '../../src/extract/sources';

const formulaText: Record<Derivation['op'], (a: string, b: string) => string> = {
  ratio: (a, b) => `${a} / ${b} × 100`,
  difference: (a, b) => `${a} − ${b}`,
  sum: (a, b) => `${a} + ${b}`,
  reduction_percent: (a, b) => `(${a} − ${b}) / ${a} × 100`,
};

export function indicatorRows(sources: Pick<Sources, 'categories' | 'indicators'>): Row[] {
  const categories = new Map(sources.categories.map((c) => [c.category, c]));
  return sources.indicators.map(({ derivation, ...indicator }) => ({
    ...indicator,
    category_name_zh: categories.get(indicator.category)!.name_zh,
    category_name_en: categories.get(indicator.category)!.name_en,
    derivation_op: derivation?.op ?? null,
    derivation_a: derivation?.a ?? null,
    derivation_b: derivation?.b ?? null,
    formula: derivation ? formulaText[derivation.op](derivation.a, derivation.b) : null,
  }));
}

export function reportRows(sources: Sources): Row[] {
  return sources.reports.map((r) => {
    const text = sources.texts.get(r.report_id)!;
    return { ...r, text_length: text.length, text_sha256: createHash('sha256').update(text, 'utf8').digest('hex') };
  });
}
