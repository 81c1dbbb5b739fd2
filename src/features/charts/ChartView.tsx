import { lazy, Suspense, useMemo, useState } from 'react';
import { EChart } from '../../charts/EChart';
import type { ChartSpec, Paging } from '../../charts/chart-common';
import { renderPng, renderSvg } from '../../charts/export-chart';
import { download } from '../../lib/download';
import { exportFileName } from '../../charts/export-file-name';
import type { Lang } from '../../lib/format';
import { t } from '../../lib/i18n';

// The citation and embed panel loads when first asked for.
const CitePanel = lazy(() => import('../cite/CitePanel').then((module) => ({ default: module.CitePanel })));

interface Props {
  spec: ChartSpec;
  title: string;
  /** The title in both languages, for the citations; the shown title stands for both when absent. */
  titles?: Record<Lang, string>;
  lang: Lang;
  fileSubject: string;
  years: number[];
  onSelect(observationId: string): void;
  onPage(page: number): void;
}

/** A chart with its export buttons and its text summary. */
export function ChartView({ spec, title, titles, lang, fileSubject, years, onSelect, onPage }: Props) {
  const [citing, setCiting] = useState(false);
  const exportMeta = () => ({ title, source: spec.source, url: location.href, exportedAt: new Date().toISOString() });
  const summaryId = useMemo(() => `summary-${fileSubject}`, [fileSubject]);
  return (
    <figure className="chart-view" aria-describedby={summaryId}>
      <div className="chart-actions">
        {spec.paging && spec.paging.pages > 1 && <Pager paging={spec.paging} lang={lang} onPage={onPage} />}
        <button type="button" data-testid="export-png" onClick={async () => download(await renderPng(spec.option, spec.height, exportMeta()), exportFileName(fileSubject, years, 'png'))}>
          {t(lang, 'exportPng')}
        </button>
        <button type="button" data-testid="export-svg" onClick={async () => download(await renderSvg(spec.option, spec.height, exportMeta()), exportFileName(fileSubject, years, 'svg'))}>
          {t(lang, 'exportSvg')}
        </button>
        <button type="button" data-testid="cite-embed" aria-expanded={citing} onClick={() => setCiting(!citing)}>
          {t(lang, 'citeEmbed')}
        </button>
      </div>
      {citing && (
        <Suspense fallback={null}>
          <CitePanel lang={lang} titles={titles ?? { zh: title, en: title }} years={years} source={spec.source} />
        </Suspense>
      )}
      <EChart option={spec.option} height={spec.height} label={title} onSelect={onSelect} />
      <figcaption id={summaryId} className="chart-summary">
        <p className="chart-source" data-testid="chart-source">{spec.source}</p>
        <details>
          <summary>{t(lang, 'chartSummary')}</summary>
          <p data-testid="chart-summary">{spec.summary}</p>
        </details>
      </figcaption>
    </figure>
  );
}

/** Above the chart, so that the buttons stay put while the chart's height follows the page. */
function Pager({ paging: { page, pages, label }, lang, onPage }: { paging: Paging; lang: Lang; onPage(page: number): void }) {
  return (
    <div className="chart-pager">
      <button type="button" data-testid="page-prev" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t(lang, 'pagePrev')}
      </button>
      <span data-testid="page-label" aria-live="polite">{label}</span>
      <button type="button" data-testid="page-next" disabled={page === pages - 1} onClick={() => onPage(page + 1)}>
        {t(lang, 'pageNext')}
      </button>
    </div>
  );
}
