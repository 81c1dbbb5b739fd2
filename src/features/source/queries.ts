import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { QueryRunner } from '../../sql/query';
import { sourceQuery, sourceRowSchema } from '../../sql/source-query';
import { DataFileError } from '../../db/fetch-tables';
import { fetchReportTexts, reportTextFile } from '../../db/report-texts';

const sourceQueryOptions = (db: QueryRunner | undefined, observationId: string | null) =>
  queryOptions({
    queryKey: ['source', observationId],
    queryFn: () => db!.query(sourceQuery(observationId!), (rows) => sourceRowSchema.array().parse(rows)),
    enabled: db !== undefined && observationId !== null,
  });

export function useSource(observationId: string | null) {
  const { data: db } = useDatabase();
  return useQuery(sourceQueryOptions(db, observationId));
}

/** The report's published text, checked as the reader checks it; report ids come from query results, never from the URL. */
export function useReportText(reportId: string | undefined) {
  const { data: db } = useDatabase();
  return useQuery({
    queryKey: ['report-text', reportId],
    queryFn: async () => {
      const text = (await fetchReportTexts(db!, [reportId!])).get(reportId!);
      if (text === undefined) throw new DataFileError(reportTextFile(reportId!), 'not a published report');
      return text;
    },
    enabled: db !== undefined && reportId !== undefined,
    staleTime: Infinity,
  });
}
