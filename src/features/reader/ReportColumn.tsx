import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { download } from '../../lib/download';
import type { Lang } from '../../lib/format';
import type { ReportOption } from '../../sql/catalog-query';
import type { Mark } from '../../sql/reader-query';
import { QueryStatus } from '../../ui/QueryStatus';
import { headingsOf } from './headings';
import { MarkedReport } from './MarkedReport';
import { countsOf, dispositions, marksCsv } from './marks';
import { m } from './messages';
import { useReport } from './queries';
import { offsetAtTop, scrollToOffset } from './scroll-offset';

interface Props {
  reportId: string;
  /** The reports this column may show instead. */
  choices: ReportOption[];
  lang: Lang;
  /** The place to scroll to, for the column whose place the link keeps; undefined for the others. */
  at?: number | null;
  onScrolled?(at: number): void;
  onPick(reportId: string): void;
  onRemove?(): void;
  onOpen(mark: Mark, marks: Mark[]): void;
}

export const reportLabel = (r: ReportOption, lang: Lang) => `${lang === 'zh' ? r.name_zh : r.name_en} ${r.year} · ${lang === 'zh' ? r.reporting_body_zh : r.reporting_body_en}`;

const legendLabel = { claimed: 'claimed', not_indicator: 'notIndicator', unclaimed: 'unclaimed' } as const;

/** One report: its picker, headings, legend and marked text. */
export function ReportColumn({ reportId, choices, lang, at, onScrolled, onPick, onRemove, onOpen }: Props) {
  const query = useReport(reportId);
  const box = useRef<HTMLDivElement>(null);
  // The scrollTop this column set itself, and the offset it last wrote: neither is the reader scrolling.
  const placed = useRef<{ scrollTop: number; at: number | null } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const data = query.data;
  const headings = useMemo(() => (data ? headingsOf(data.text) : []), [data]);
  const counts = useMemo(() => countsOf(data?.marks ?? []), [data]);

  useLayoutEffect(() => {
    if (!data || at === undefined || !box.current || placed.current?.at === at) return;
    placed.current = { scrollTop: scrollToOffset(box.current, Math.min(at ?? 0, data.text.length)), at };
  }, [data, at]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onScroll = () => {
    if (!onScrolled || !box.current || box.current.scrollTop === placed.current?.scrollTop) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!box.current) return;
      const offset = offsetAtTop(box.current);
      placed.current = { scrollTop: box.current.scrollTop, at: offset };
      onScrolled(offset);
    }, 150);
  };
  const report = choices.find((r) => r.report_id === reportId);

  return (
    <section className="reader-column" data-testid="reader-column" data-report={reportId} aria-label={report ? reportLabel(report, lang) : reportId}>
      <div className="reader-head">
        <label>
          {m(lang, 'report')}{' '}
          <select value={reportId} onChange={(e) => onPick(e.target.value)} data-testid="report-select">
            {choices.map((r) => (
              <option key={r.report_id} value={r.report_id}>{reportLabel(r, lang)}</option>
            ))}
          </select>
        </label>
        {onRemove && <button type="button" onClick={onRemove} data-testid="remove-column">{m(lang, 'removeColumn')}</button>}
      </div>
      {!data ? (
        <QueryStatus query={query} lang={lang} />
      ) : (
        <>
          <p className="reader-legend" data-testid="legend">
            {m(lang, 'legend')}:{' '}
            {dispositions.map((d) => (
              <span key={d} className={`mark mark-${d}`} data-testid={`legend-${d}`} data-count={counts[d]}>{m(lang, legendLabel[d])} {counts[d]}</span>
            ))}
            <button type="button" data-testid="export-marks" onClick={() => download(new Blob([marksCsv(data.marks, lang)], { type: 'text/csv' }), `${reportId}_marks.csv`)}>
              {m(lang, 'exportMarks')}
            </button>
          </p>
          <nav className="reader-headings" aria-label={m(lang, 'headings')}>
            {headings.length === 0 ? <p>{m(lang, 'noHeadings')}</p> : (
              <ol>
                {headings.map((h) => (
                  <li key={h.start} className={`heading-${h.level}`}>
                    <button type="button" className="link" data-testid="heading-link" data-start={h.start} onClick={() => box.current && scrollToOffset(box.current, h.start)}>{h.text}</button>
                  </li>
                ))}
              </ol>
            )}
          </nav>
          <div className="reader-text" ref={box} onScroll={onScroll} tabIndex={0} data-testid="reader-text">
            <MarkedReport text={data.text} marks={data.marks} lang={lang} onOpen={(mark) => onOpen(mark, data.marks)} />
          </div>
        </>
      )}
    </section>
  );
}
