import { z } from 'zod';
import { jurisdictionSchema, reportSchema } from './catalog';
import { curationSchema, reportOfLine } from './curation';
import { describeIssues } from './data-error';
import { sha256Hex } from '../lib/sha256';

export const bundleFormat = 'rule-of-law-report-bundle';
export const bundleFormatVersion = 1;

/**
 * A report added in the browser, as one file an analyst hands on: its text verbatim, its manifest
 * rows and the review's decisions as data/curation.jsonl lines. `npm run import-report` writes it
 * into data/; the add view reads it back on another machine.
 */
export const reportBundleSchema = z.strictObject({
  format: z.literal(bundleFormat),
  format_version: z.literal(bundleFormatVersion),
  exported_at: z.iso.datetime(),
  report: reportSchema,
  jurisdiction: jurisdictionSchema,
  text: z.string().min(1),
  text_sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  curation: z.array(curationSchema),
});
export type ReportBundle = z.infer<typeof reportBundleSchema>;

/** The report a curation line changes: named, or the first part of its observation id. */

const envelopeSchema = z.looseObject({ format: z.string(), format_version: z.number() });

/** A bundle file's contents, or why it cannot be taken: not JSON, another format or version, a field amiss, a text altered. */
export async function parseBundle(json: string): Promise<{ bundle: ReportBundle } | { problem: string }> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: 'not a report bundle: the file is not valid JSON (it may be cut short or corrupted)' };
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success || envelope.data.format !== bundleFormat) return { problem: `not a report bundle: its "format" is not ${bundleFormat}` };
  if (envelope.data.format_version !== bundleFormatVersion) {
    return { problem: `bundle format version ${envelope.data.format_version}; this version of the tool reads version ${bundleFormatVersion}` };
  }
  const parsed = reportBundleSchema.safeParse(value);
  if (!parsed.success) return { problem: `the bundle is damaged: ${describeIssues(parsed.error)}` };
  const bundle = parsed.data;
  if ((await sha256Hex(bundle.text)) !== bundle.text_sha256) return { problem: 'the bundle is damaged: its text does not match its checksum' };
  const foreign = bundle.curation.map(reportOfLine).find((id) => id !== bundle.report.report_id);
  if (foreign !== undefined) return { problem: `the bundle is damaged: a curation line names another report, ${foreign}` };
  if (bundle.report.jurisdiction_id !== bundle.jurisdiction.jurisdiction_id) return { problem: 'the bundle is damaged: its report and jurisdiction rows disagree' };
  return { bundle };
}

/** A bundle of a report and its decisions, with the checksum the reader verifies. */
export async function makeBundle(parts: Pick<ReportBundle, 'report' | 'jurisdiction' | 'text' | 'curation'>, exportedAt: Date): Promise<ReportBundle> {
  return {
    format: bundleFormat,
    format_version: bundleFormatVersion,
    exported_at: exportedAt.toISOString(),
    report: parts.report,
    jurisdiction: parts.jurisdiction,
    text: parts.text,
    curation: parts.curation,
    text_sha256: await sha256Hex(parts.text),
  };
}
