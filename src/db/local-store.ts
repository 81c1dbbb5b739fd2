import { createStore, del, get, set } from 'idb-keyval';
import { localReportRecordSchema, type LocalReportRecord } from '../domain/local-report';

const store = () => createStore('rule-of-law-local', 'kv');
const reportsKey = 'local-reports';
const draftKey = 'add-draft';

/** The reports kept in this browser; a record that no longer reads (an older app's) is left out, not fatal. */
export async function readLocalReports(): Promise<LocalReportRecord[]> {
  if (typeof indexedDB === 'undefined') return [];
  const stored = await get<unknown[]>(reportsKey, store()).catch(() => undefined);
  return (stored ?? []).flatMap((r) => {
    const parsed = localReportRecordSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function writeLocalReports(records: LocalReportRecord[]): Promise<void> {
  await set(reportsKey, records, store());
}

/** A review in progress, whatever its shape: the add view validates what it reads back. */
export const readDraft = () => get<unknown>(draftKey, store());
export const writeDraft = (draft: unknown) => set(draftKey, draft, store());
export const clearDraft = () => del(draftKey, store());
