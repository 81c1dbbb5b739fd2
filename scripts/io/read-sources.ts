import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categorySchema, indicatorSchema, jurisdictionSchema, reportSchema } from '../../src/domain/catalog';
import { curationSchema } from '../../src/domain/curation';
import { rulesFileSchema } from '../../src/domain/rules';
import type { Sources } from '../extract/sources';
import { DataError, describeIssues, parseLines, parseRows } from './data-error';

function readJson(dataDir: string, file: string): unknown {
  const path = join(dataDir, file);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(`data/${file}`, null, `not valid JSON: ${(error as Error).message}`);
  }
}

const catalogFileSchema = z.strictObject({ categories: z.array(z.unknown()), indicators: z.array(z.unknown()) });

/** Everything the pipeline reads from data/, each file validated against the shared schemas. */
export function readSources(dataDir: string): Sources {
  const catalog = catalogFileSchema.safeParse(readJson(dataDir, 'indicators.json'));
  if (!catalog.success) throw new DataError('data/indicators.json', null, describeIssues(catalog.error));
  const rules = rulesFileSchema.safeParse(readJson(dataDir, 'rules.json'));
  if (!rules.success) throw new DataError('data/rules.json', null, describeIssues(rules.error));
  const reports = parseRows('data/reports.json', readJson(dataDir, 'reports.json'), reportSchema);
  return {
    reports,
    jurisdictions: parseRows('data/jurisdictions.json', readJson(dataDir, 'jurisdictions.json'), jurisdictionSchema),
    categories: parseRows('data/indicators.json categories', catalog.data.categories, categorySchema),
    indicators: parseRows('data/indicators.json indicators', catalog.data.indicators, indicatorSchema),
    rules: rules.data,
    curation: parseLines('data/curation.jsonl', readFileSync(join(dataDir, 'curation.jsonl'), 'utf8'), curationSchema),
    texts: new Map(reports.map((r) => [r.report_id, readFileSync(join(dataDir, 'reports', `${r.report_id}.txt`), 'utf8')])),
  };
}
