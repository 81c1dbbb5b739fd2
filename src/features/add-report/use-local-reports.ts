import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { startEngine } from '../../app/engine';
import { sha256Hex } from '../../domain/bundle';
import type { LocalReportRecord } from '../../domain/local-report';
import { clearDraft, readLocalReports, writeLocalReports } from '../../db/local-store';
import { duplicateOf } from '../../intake/duplicates';
import type { ReportOption } from '../../sql/catalog-query';

/**
 * The reports kept in this browser: stored in IndexedDB and loaded into the engine's tables, so
 * that every view asked again shows them. `keep` returns why a report cannot be kept, if it cannot.
 */
export function useLocalReports(published: readonly ReportOption[]) {
  const client = useQueryClient();
  const [records, setRecords] = useState<LocalReportRecord[]>([]);
  useEffect(() => void readLocalReports().then(setRecords), []);

  const askAgain = () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'database' });

  const keep = async (record: LocalReportRecord): Promise<string | null> => {
    const held = [
      ...published.map((report) => ({ report, textSha256: null })),
      ...(await Promise.all(records.map(async (r) => ({ report: r.report, textSha256: await sha256Hex(r.text) })))),
    ];
    const duplicate = duplicateOf({ report: record.report, textSha256: await sha256Hex(record.text) }, held);
    if (duplicate) return duplicate;
    const next = [...records, record];
    await writeLocalReports(next);
    await (await startEngine()).local.add(record);
    await clearDraft();
    await askAgain();
    setRecords(next);
    return null;
  };

  const remove = async (reportId: string) => {
    const next = records.filter((r) => r.report.report_id !== reportId);
    await writeLocalReports(next);
    await (await startEngine()).local.remove(reportId);
    await askAgain();
    setRecords(next);
  };

  return { records, keep, remove };
}
