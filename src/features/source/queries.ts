import { queryOptions, useQuery } from '@tanstack/react-query';
import { useDatabase } from '../../app/database';
import type { QueryRunner } from '../../sql/query';
import { sourceQuery, sourceRowSchema } from '../../sql/source-query';
import { DataFileError } from '../../db/fetch-tables';

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

/** Report ids come from query results, never from the URL, so only published files are requested. */
async function fetchReportText(reportId: string): Promise<string> {
  const file = `data/reports/${reportId}.txt`;
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new DataFileError(file, `HTTP ${response.status}`);
  return response.text();
}

export function useReportText(reportId: string | undefined) {
  return useQuery({
    queryKey: ['report-text', reportId],
    queryFn: () => fetchReportText(reportId!),
    enabled: reportId !== undefined,
    staleTime: Infinity,
  });
}
