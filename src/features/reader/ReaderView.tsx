import { useCallback } from 'react';
import type { ViewProps } from '../view-props';
import type { Mark } from '../../sql/reader-query';
import { compareViewOf } from './marks';
import { m } from './messages';
import { ReportColumn } from './ReportColumn';
import './reader.css';

/** One or two reports side by side, every number marked; the first report's place is kept in the link. */
export function ReaderView({ state, catalog, update }: ViewProps) {
  const lang = state.lang;
  // Reports kept in this browser have their text in IndexedDB and no published mentions: not read here yet.
  const published = catalog.reports.filter((r) => !r.is_local);
  const onScrolled = useCallback((at: number) => update({ at }, { replace: true }), [update]);
  if (published.length === 0) return <p className="empty" role="status">{m(lang, 'noReports')}</p>;
  const shown = state.reports.filter((id) => published.some((r) => r.report_id === id));
  const ids = shown.length > 0 ? shown : [published[0].report_id];
  const pick = (column: number, reportId: string) => update({ reports: ids.map((id, i) => (i === column ? reportId : id)), at: column === 0 ? null : state.at });
  const remove = (column: number) => update({ reports: ids.filter((_, i) => i !== column), at: column === 0 ? null : state.at });
  const spare = published.find((r) => !ids.includes(r.report_id));
  const open = (mark: Mark, marks: Mark[]) => update(compareViewOf(mark.observations[0], marks));
  return (
    <section className="reader-view" data-testid="reader-view">
      <h2>{m(lang, 'heading')}</h2>
      {ids.length < 2 && spare && (
        <button type="button" onClick={() => update({ reports: [...ids, spare.report_id] })} data-testid="add-column">{m(lang, 'addColumn')}</button>
      )}
      <div className="reader-columns">
        {ids.map((id, column) => (
          <ReportColumn
            key={column}
            reportId={id}
            choices={published.filter((r) => r.report_id === id || !ids.includes(r.report_id))}
            lang={lang}
            at={column === 0 ? state.at : undefined}
            onScrolled={column === 0 ? onScrolled : undefined}
            onPick={(reportId) => pick(column, reportId)}
            onRemove={ids.length > 1 ? () => remove(column) : undefined}
            onOpen={open}
          />
        ))}
      </div>
    </section>
  );
}
