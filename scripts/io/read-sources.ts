import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { categorySchema, indicatorSchema, jurisdictionSchema, reportSchema } from '../../src/domain/catalog';
import { curationSchema } from '../../src/domain/curation';
import { rulesFileSchema } from '../../src/domain/rules';
import { decodeReportText } from '../../src/extract/report-text';
import type { Sources } from '../../src/extract/sources';
import { DataError, describeIssues, parseLines, parseRows } from '../../src/domain/data-error';

function readJson(dataDir: string, file: string): unknown {
  const path = join(dataDir, file);
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError(`data/${file}`, null, `not valid JSON: ${(error as Error).message}`);
  }
}

/** Each manifest row's stored text, which must exist and read as non-empty UTF-8; `firstRow` is the first report's row in the manifest. */
export function readReportTexts(dataDir: string, reports: { report_id: string }[], firstRow = 0): Map<string, string> {
  return new Map(
    reports.map((r, i) => {
      const file = `data/reports/${r.report_id}.txt`;
      const path = join(dataDir, 'reports', `${r.report_id}.txt`);
      if (!existsSync(path)) throw new DataError('data/reports.json', `row ${firstRow + i + 1}`, `${file} does not exist`);
      const read = decodeReportText(readFileSync(path));
      if ('problem' in read) throw new DataError(file, `line ${read.problem.line}`, read.problem.detail);
      return [r.report_id, read.text];
    }),
  );
}

const catalogFileSchema = z.strictObject({ categories: z.array(z.unknown()), indicators: z.array(z.unknown()) });

/** What the pipeline reads from data/ but the report texts, each file validated against the shared schemas. */
export function readSourcesWithoutTexts(dataDir: string): Omit<Sources, 'texts'> {
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
  };
}

/** Everything the pipeline reads from data/, texts included. */
export function readSources(dataDir: string): Sources {
  const sources = readSourcesWithoutTexts(dataDir);
  return { ...sources, texts: readReportTexts(dataDir, sources.reports) };
}
