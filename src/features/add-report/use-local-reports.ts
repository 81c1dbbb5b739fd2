import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { startEngine } from '../../app/engine';
import type { LocalReportRecord } from '../../domain/local-report';
import { clearDraft, readLocalReports, writeLocalReports } from '../../db/local-store';
import { duplicateOf, type HeldReport } from '../../intake/duplicates';
import { sha256Hex } from '../../lib/sha256';
import { heldReportsQuery } from '../../sql/local-reports';

const heldRowSchema = z.object({ report_id: z.string(), jurisdiction_id: z.string(), year: z.number(), reporting_body_zh: z.string(), text_sha256: z.string().nullable() });

/** Every report in the tables, published or kept here, with its text's hash. */
async function heldReports(): Promise<HeldReport[]> {
  const { runner } = await startEngine();
  const rows = await runner.query(heldReportsQuery, (r) => heldRowSchema.array().parse(r));
  return rows.map(({ text_sha256, ...report }) => ({ report, textSha256: text_sha256 }));
}

/**
 * The reports kept in this browser: stored in IndexedDB and loaded into the engine's tables, so
 * that every view asked again shows them. `keep` returns why a report cannot be kept, if it cannot.
 */
export function useLocalReports() {
  const client = useQueryClient();
  const [records, setRecords] = useState<LocalReportRecord[]>([]);
  useEffect(() => void readLocalReports().then(setRecords), []);

  const askAgain = () => client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'database' });

  const keep = async (record: LocalReportRecord): Promise<string | null> => {
    const duplicate = duplicateOf({ report: record.report, textSha256: await sha256Hex(record.text) }, await heldReports());
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
