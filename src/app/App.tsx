import { lazy, Suspense, useEffect, useState } from 'react';
import { IndicatorChartView } from '../features/charts/IndicatorChartView';
import { useCatalog } from '../features/catalog/use-catalog';
import { FilterPanel } from '../features/filters/FilterPanel';
import { syntheticBuild, syntheticDataNotice } from '../lib/build-kind';
import { t, type MessageKey } from '../lib/i18n';
import { dataViews, type View } from '../state/view-state';
import { ErrorBox } from '../ui/ErrorBox';
import { NoticeBanner } from '../ui/NoticeBanner';
import { useDatabase } from './database';
import { describeError } from './describe-error';
import { useViewState } from './use-view-state';

const viewLabels: Record<View, MessageKey> = {
  compare: 'viewCompare', trend: 'viewTrend', family: 'viewFamily', rank: 'viewRank', scatter: 'viewScatter', table: 'viewTable',
  coverage: 'viewCoverage', read: 'viewRead', search: 'viewSearch', sql: 'viewSql', add: 'viewAdd',
};

// Loaded only when an analyst adds a report: its division list, extractor and review stay out of the default view.
const AddReportView = lazy(() => import('../features/add-report/AddReportView').then((module) => ({ default: module.AddReportView })));
// The table and coverage views, with their queries and CSV export, load when first opened; so do
// the source panel and the notice of reports kept elsewhere, which the default view never shows.
const TableView = lazy(() => import('../features/table/TableView').then((module) => ({ default: module.TableView })));
const CoverageView = lazy(() => import('../features/coverage/CoverageView').then((module) => ({ default: module.CoverageView })));
// The workbench views, each with its own queries, charts and (for the console) editor.
const RankView = lazy(() => import('../features/rank/RankView').then((module) => ({ default: module.RankView })));
const ScatterView = lazy(() => import('../features/scatter/ScatterView').then((module) => ({ default: module.ScatterView })));
const ReaderView = lazy(() => import('../features/reader/ReaderView').then((module) => ({ default: module.ReaderView })));
const SearchView = lazy(() => import('../features/search/SearchView').then((module) => ({ default: module.SearchView })));
const SqlConsoleView = lazy(() => import('../features/sql/SqlConsoleView').then((module) => ({ default: module.SqlConsoleView })));
const SourcePanel = lazy(() => import('../features/source/SourcePanel').then((module) => ({ default: module.SourcePanel })));
const ForeignReportsNotice = lazy(() => import('../features/catalog/ForeignReportsNotice').then((module) => ({ default: module.ForeignReportsNotice })));

function CopyLinkButton({ lang }: { lang: 'zh' | 'en' }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    const url = location.href;
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(url);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy} data-testid="copy-link">
        {t(lang, 'copyLink')}
      </button>
      {copied && (
        <input readOnly aria-label={t(lang, 'linkCopied')} value={copied} data-testid="copied-link" onFocus={(e) => e.target.select()} />
      )}
    </span>
  );
}

const lazyViews = { table: TableView, coverage: CoverageView, rank: RankView, scatter: ScatterView, read: ReaderView, search: SearchView, sql: SqlConsoleView };
const unfilteredViews = new Set<View>(['read', 'search', 'sql']);

/** This address without embed=1: the same view with the whole page around it. */
const fullPageUrl = () => location.href.replace(/([?&])embed=1(&|$)/, (_, before: string, after: string) => (after ? before : ''));

export function App() {
  const { catalog, kept, settled } = useCatalog();
  const { state, notices, foreign, update, dismissNotices } = useViewState(catalog, { reports: kept, settled });
  const database = useDatabase();
  const lang = state.lang;

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const props = { state, catalog, update };
  const Content = lazyViews[state.view as keyof typeof lazyViews] ?? IndicatorChartView;
  // The reader, search and console look at reports and tables, not at the filtered indicator.
  const filtered = !unfilteredViews.has(state.view);

  const fallback = <p role="status">{t(lang, 'engineLoading')}</p>;
  const banners = (
    <>
      {syntheticBuild && (
        <p className="synthetic-banner" role="note" data-testid="synthetic-banner">
          {syntheticDataNotice}
        </p>
      )}
      {notices.length > 0 && <NoticeBanner title={t(lang, 'noticeTitle')} notices={notices} dismissLabel={t(lang, 'dismiss')} onDismiss={dismissNotices} />}
    </>
  );
  const engineError = database.error && <ErrorBox {...describeError(database.error, lang)} retryLabel={t(lang, 'retry')} onRetry={() => database.refetch()} />;
  const sourcePanel = state.source && (
    <Suspense fallback={null}>
      <SourcePanel state={state} update={update} />
    </Suspense>
  );

  if (state.embed) {
    // In another site's iframe: the view, its notes and source line, and a way to the full page; no header, filters or tabs.
    return (
      <div className="app embed" data-testid="embedded">
        {banners}
        {engineError}
        <main><Suspense fallback={fallback}><Content {...props} /></Suspense></main>
        {sourcePanel}
        <p className="embed-footer">
          <a href={fullPageUrl()} target="_blank" rel="noreferrer" data-testid="embed-full-page">{t(lang, 'appTitle')} ↗</a>
        </p>
      </div>
    );
  }

  return (
    <div className="app">
      {banners}
      <header className="app-header">
        <div>
          <h1>{t(lang, 'appTitle')}</h1>
          <p>{t(lang, 'appSubtitle')}</p>
        </div>
        <nav className="header-actions" aria-label="app">
          <button type="button" aria-pressed={state.view === 'add'} onClick={() => update({ view: 'add' })} data-testid="nav-add">
            {t(lang, 'viewAdd')}
          </button>
          <CopyLinkButton lang={lang} />
          <button type="button" onClick={() => update({ lang: lang === 'zh' ? 'en' : 'zh' })} data-testid="lang-toggle">
            {t(lang, 'language')}
          </button>
        </nav>
      </header>
      {foreign.length > 0 && (
        <Suspense fallback={null}>
          <ForeignReportsNotice foreign={foreign} catalog={catalog} lang={lang} onImport={() => update({ view: 'add' })} onDismiss={dismissNotices} />
        </Suspense>
      )}
      {database.isPending && <p className="engine-status" role="status">{t(lang, 'engineLoading')}</p>}
      {engineError}
      {state.view === 'add' ? (
        <Suspense fallback={fallback}>
          <AddReportView lang={lang} catalog={catalog} update={update} />
        </Suspense>
      ) : (
      <div className={filtered ? 'layout' : 'layout layout-wide'}>
        {filtered && <FilterPanel state={state} catalog={catalog} update={update} />}
        <main>
          <div role="tablist" aria-label={t(lang, 'filters')} className="tabs">
            {dataViews.map((view) => (
              <button key={view} type="button" role="tab" aria-selected={state.view === view} onClick={() => update({ view })} data-testid={`tab-${view}`}>
                {t(lang, viewLabels[view])}
              </button>
            ))}
          </div>
          <div role="tabpanel">
            <Suspense fallback={fallback}><Content {...props} /></Suspense>
          </div>
        </main>
        {sourcePanel}
      </div>
      )}
    </div>
  );
}
