import { describeError } from '../app/describe-error';
import type { Lang } from '../lib/format';
import { t } from '../lib/i18n';
import { ErrorBox } from './ErrorBox';

interface QueryLike {
  data: unknown;
  error: unknown;
  refetch(): unknown;
}

/** What a view shows instead of its content: the failure with a retry, or a loading line. */
export function QueryStatus({ query, lang }: { query: QueryLike; lang: Lang }) {
  if (query.error) return <ErrorBox {...describeError(query.error, lang)} retryLabel={t(lang, 'retry')} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return <p className="loading" role="status">{t(lang, 'loading')}</p>;
  return null;
}
