import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ViewProps } from '../view-props';
import { searchCorpus } from '../../search/corpus';
import { searchResultsCsv } from '../../search/results-csv';
import { download } from '../../lib/download';
import { QueryStatus } from '../../ui/QueryStatus';
import { reportLabel } from '../reader/ReportColumn';
import { m } from '../reader/messages';
import { useSearchCorpus } from './queries';
import { SearchResultItem } from './SearchResultItem';
import './search.css';

/** Results drawn at once: more would only be scrolled past; the rest are counted. */
export const shownResults = 200;
const urlDelay = 300;

/** Full-text search of the reports: a sentence per result, in its own script, with the figures it holds. */
export function SearchView({ state, catalog, update }: ViewProps) {
  const lang = state.lang;
  const corpus = useSearchCorpus();
  const [typed, setTyped] = useState(state.query);
  const written = useRef(state.query);
  const typedAt = useRef<number | null>(null);
  // Back and forward bring another query; the box follows it.
  useEffect(() => {
    if (state.query !== written.current) setTyped((written.current = state.query));
  }, [state.query]);
  useEffect(() => {
    if (typed === written.current) return;
    const timer = setTimeout(() => update({ query: (written.current = typed) }, { replace: true }), urlDelay);
    return () => clearTimeout(timer);
  }, [typed, update]);
  const found = useMemo(() => (corpus.data && typed.trim() ? searchCorpus(corpus.data, typed) : null), [corpus.data, typed]);
  useLayoutEffect(() => {
    // Read by bench:ui: from the keystroke to the results on screen.
    if (found && typedAt.current !== null) performance.measure('search:draw', { start: typedAt.current, detail: { query: typed } });
    typedAt.current = null;
  }, [found, typed]);
  const reports = useMemo(() => new Map(catalog.reports.map((r) => [r.report_id, r])), [catalog]);
  const label = (id: string) => (reports.has(id) ? reportLabel(reports.get(id)!, lang) : id);

  return (
    <section className="search-view" data-testid="search-view">
      <h2>{m(lang, 'search_heading')}</h2>
      <label className="search-box">
        {m(lang, 'search_label')}{' '}
        <input
          type="search"
          value={typed}
          maxLength={100}
          placeholder={m(lang, 'search_placeholder')}
          data-testid="search-input"
          onChange={(e) => {
            typedAt.current = performance.now();
            setTyped(e.target.value);
          }}
        />
      </label>
      {!corpus.data ? (
        <QueryStatus query={corpus} lang={lang} />
      ) : (
        <div className="search-results" data-testid="search-results" data-query={found ? typed : ''} aria-live="polite">
          {found && (
            <>
              <p data-testid="result-count">
                {found.results.length === 0 ? m(lang, 'search_none', { q: typed.trim() }) : m(lang, 'search_results', { n: found.results.length })}
                {found.results.length > 0 && (
                  <button
                    type="button"
                    className="search-export"
                    data-testid="search-export-csv"
                    onClick={() => download(new Blob([searchResultsCsv(typed.trim(), found.results, (id) => corpus.data.texts.get(id)!)], { type: 'text/csv' }), 'search-results.csv')}
                  >
                    {m(lang, 'search_exportCsv')}
                  </button>
                )}
              </p>
              {found.perReport.size > 0 && (
                <ul className="per-report" aria-label={m(lang, 'search_perReport')}>
                  {[...found.perReport].map(([id, n]) => (
                    <li key={id} data-testid="report-count" data-report={id} data-count={n}>{label(id)}: {n}</li>
                  ))}
                </ul>
              )}
              <ol className="result-list">
                {found.results.slice(0, shownResults).map((result) => (
                  <SearchResultItem
                    key={`${result.id}|${result.start}`}
                    result={result}
                    text={corpus.data.texts.get(result.id)!}
                    report={label(result.id)}
                    catalog={catalog}
                    lang={lang}
                    onOpen={() => update({ view: 'read', reports: [result.id], at: result.start })}
                  />
                ))}
              </ol>
              {found.results.length > shownResults && <p className="more" data-testid="more-results">{m(lang, 'search_more', { shown: shownResults, left: found.results.length - shownResults })}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
