import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { QueryRunner } from '../../sql/query';
import { claimedIndicatorRowSchema, claimedIndicatorsQuery, marksOf, readerMarksQuery } from '../../sql/reader-query';
import { fetchReportTexts } from '../../db/report-texts';

/** The indicators first, from the mentions alone, so that only their observation partitions are fetched. */
async function marksOfReport(db: QueryRunner, reportId: string) {
  const indicators = await db.query(claimedIndicatorsQuery([reportId]), (rows) => claimedIndicatorRowSchema.array().parse(rows));
  return db.query(readerMarksQuery([reportId], indicators.map((i) => i.indicator_id)), marksOf);
}

const readerOptions = (db: QueryRunner | undefined, reportId: string) =>
  queryOptions({
    queryKey: ['reader', reportId],
    queryFn: async () => {
      const [texts, marks] = await Promise.all([fetchReportTexts(db!, [reportId]), marksOfReport(db!, reportId)]);
      const text = texts.get(reportId);
      if (text === undefined) throw new Error(`no report ${reportId}`);
      return { text, marks };
    },
    enabled: db !== undefined,
    staleTime: Infinity,
  });

/** A report's verified text and every number of it marked. */
export function useReport(reportId: string) {
  const { data: db } = useDatabase();
  return useQuery(readerOptions(db, reportId));
}
