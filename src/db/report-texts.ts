import { DataFileError, fetchSiteFile } from './fetch-tables';
import { sha256Hex } from '../lib/sha256';
import type { QueryRunner } from '../sql/query';
import { reportTextRowSchema, reportTextsQuery } from '../sql/reader-query';

export const reportTextFile = (reportId: string) => `data/reports/${reportId}.txt`;

/** The published texts of the reports (all published when none named; a report kept in this browser has no file), each refused unless it is the text the reports table records. */
export async function fetchReportTexts(db: QueryRunner, reportIds: readonly string[]): Promise<Map<string, string>> {
  const expected = await db.query(reportTextsQuery(reportIds), (rows) => reportTextRowSchema.array().parse(rows));
  const texts = await Promise.all(
    expected.map(async ({ report_id, text_sha256, text_length }) => {
      const file = reportTextFile(report_id);
      const text = await (await fetchSiteFile(file)).text();
      if (text.length !== text_length || (await sha256Hex(text)) !== text_sha256) throw new DataFileError(file, 'not the text the reports table records (its length or SHA-256 differ)');
      return [report_id, text] as const;
    }),
  );
  return new Map(texts);
}
