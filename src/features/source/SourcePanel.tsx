import { useEffect, useRef } from 'react';
import { describeError } from '../../app/describe-error';
import { formatValue } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import type { SourceRow } from '../../sql/source-query';
import type { ViewState } from '../../state/view-state';
import { ErrorBox } from '../../ui/ErrorBox';
import { useReportText, useSource } from './queries';

interface Props {
  state: ViewState;
  update(patch: Partial<ViewState>): void;
}

function HighlightedText({ text, start, end }: { text: string; start: number; end: number }) {
  const mark = useRef<HTMLElement>(null);
  // In braces: Chromium's scrollIntoView may return a promise, which React would take for a cleanup and call.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [text, start, end]);
  return (
    <pre className="report-text" tabIndex={0} data-testid="report-text">
      {text.slice(0, start)}
      <mark ref={mark} data-testid="quote-highlight">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </pre>
  );
}

function Facts({ row, lang }: { row: SourceRow; lang: 'zh' | 'en' }) {
  return (
    <dl className="facts">
      <dt>{t(lang, 'value')}</dt>
      <dd data-testid="source-value">
        {formatValue(row.value, row.unit, row.qualifier, lang)} · {t(lang, row.method === 'derived' ? 'derived' : 'reported')} · {t(lang, `qualifier_${row.qualifier}` as MessageKey)}
      </dd>
      <dt>{t(lang, 'scope')}</dt>
      <dd>{t(lang, `scope_${row.scope}` as MessageKey)}</dd>
      <dt>{t(lang, 'reportingBody')}</dt>
      <dd>
        {lang === 'zh' ? row.reporting_body_zh : row.reporting_body_en} · {row.year}
        {row.body_level === 'department' ? ` · ${t(lang, 'bodyDepartment')}` : ''}
      </dd>
      <dt>{t(lang, 'published')}</dt>
      <dd data-testid="source-publication">{row.is_local ? t(lang, 'localReport') : (row.published_date ?? t(lang, 'notStated'))}</dd>
      {row.flag_note && (
        <>
          <dt>{t(lang, 'flag')}</dt>
          <dd className="flag">⚑ {row.flag_note}</dd>
        </>
      )}
      {row.curation_note && (
        <>
          <dt>{t(lang, 'curationNote')}</dt>
          <dd>{row.curation_note}</dd>
        </>
      )}
    </dl>
  );
}

/** The observation's sentence highlighted in its report, or, for a derived value, the inputs it came from. */
export function SourcePanel({ state, update }: Props) {
  const lang = state.lang;
  const source = useSource(state.source);
  const [row, ...inputs] = source.data ?? [];
  const text = useReportText(row && row.method === 'reported' ? row.report_id : undefined);
  const close = () => update({ source: null });
  const failure = source.error ?? text.error;
  return (
    <aside className="source-panel" aria-label={t(lang, 'sourcePanel')} data-testid="source-panel">
      <header>
        <h2>{t(lang, 'sourcePanel')}</h2>
        <button type="button" onClick={close}>
          {t(lang, 'close')}
        </button>
      </header>
      {failure && <ErrorBox {...describeError(failure, lang)} retryLabel={t(lang, 'retry')} onRetry={() => (source.error ? source.refetch() : text.refetch())} />}
      {source.data && !row && <p>{t(lang, 'noData')}</p>}
      {row && (
        <>
          <h3>
            {lang === 'zh' ? row.name_zh : row.name_en} · {lang === 'zh' ? row.indicator_name_zh : row.indicator_name_en}
          </h3>
          <p className="report-title">{row.title_zh}</p>
          <Facts row={row} lang={lang} />
          {row.method === 'derived' && (
            <div className="inputs">
              <p>
                {t(lang, 'formula')}: <code>{row.formula}</code>
              </p>
              <p>{t(lang, 'inputs')}:</p>
              <ul>
                {inputs.map((input) => (
                  <li key={input.observation_id}>
                    <button type="button" className="link" onClick={() => update({ source: input.observation_id })}>
                      {lang === 'zh' ? input.indicator_name_zh : input.indicator_name_en}: {formatValue(input.value, input.unit, input.qualifier, lang)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {text.data && row.quote_start !== null && row.quote_end !== null && <HighlightedText text={text.data} start={row.quote_start} end={row.quote_end} />}
        </>
      )}
    </aside>
  );
}
