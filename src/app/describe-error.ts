import { DataFileError } from '../db/fetch-tables';
import type { Lang } from '../lib/format';
import { t } from '../lib/i18n';

/** Says which part failed: the engine, a data file (named), or a query. */
export function describeError(error: unknown, lang: Lang): { title: string; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof DataFileError) return { title: t(lang, 'failedData'), detail };
  if (error instanceof Error && error.name === 'EngineError') return { title: t(lang, 'failedEngine'), detail };
  return { title: t(lang, 'failedQuery'), detail };
}
