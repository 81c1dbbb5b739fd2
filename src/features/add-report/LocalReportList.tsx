import type { LocalReportRecord } from '../../domain/local-report';
import type { Lang } from '../../lib/format';
import { m } from './messages';

interface Props {
  lang: Lang;
  records: LocalReportRecord[];
  onExport(record: LocalReportRecord): void;
  onDelete(reportId: string): void;
}

/** The reports kept in this browser, each with its bundle export and a delete that asks first. */
export function LocalReportList({ lang, records, onExport, onDelete }: Props) {
  return (
    <section className="local-reports" data-testid="local-reports">
      <h3>{m(lang, 'localReports')}</h3>
      {records.length === 0 ? (
        <p>{m(lang, 'none')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.report.report_id} data-testid="local-report">
              {r.report.reporting_body_zh} · {r.report.year} · {r.observations.length} ·{' '}
              <button type="button" onClick={() => onExport(r)}>
                {m(lang, 'exportBundle')}
              </button>{' '}
              <button type="button" onClick={() => onDelete(r.report.report_id)}>
                {m(lang, 'delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
