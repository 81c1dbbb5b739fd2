import { useMemo } from 'react';
import { t } from '../../lib/i18n';
import { filtersOf } from '../../state/view-inputs';
import type { ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { QueryStatus } from '../../ui/QueryStatus';
import { useCoverage } from './queries';

interface Props {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

/** Which report gives which indicator: the analyst's map of what can be compared. */
export function CoverageView({ state, catalog, update }: Props) {
  const lang = state.lang;
  const filters = filtersOf(state, catalog.places);
  const query = useCoverage(state.category, filters);
  const rows = query.data;
  const reports = catalog.reports.filter(
    (r) => (filters.jurisdictions.length === 0 || filters.jurisdictions.includes(r.jurisdiction_id)) && (filters.years.length === 0 || filters.years.includes(r.year)),
  );
  const counts = useMemo(() => new Map((rows ?? []).map((r) => [`${r.indicator_id}|${r.report_id}`, r])), [rows]);
  const indicators = catalog.indicators.filter(
    (i) => (state.category === null || i.category === state.category) && reports.some((r) => counts.has(`${i.indicator_id}|${r.report_id}`)),
  );
  if (!rows) return <QueryStatus query={query} lang={lang} />;
  return (
    <section className="coverage-view">
      <table data-testid="coverage-table">
        <caption>{t(lang, 'coverageCaption')} · {indicators.length} {t(lang, 'indicatorsCount')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'indicator')}</th>
            {reports.map((r) => (
              <th scope="col" key={r.report_id} title={`${lang === 'zh' ? r.reporting_body_zh : r.reporting_body_en}${r.is_local ? ` · ${t(lang, 'localReport')}` : ''}`} className={r.is_local ? 'local' : undefined}>
                {lang === 'zh' ? r.name_zh : r.name_en} {r.year}
                {r.body_level === 'department' ? ` (${t(lang, 'bodyDepartment')})` : ''}
                {r.is_local ? t(lang, 'localMark') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.indicator_id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => update({ view: 'compare', indicator: i.indicator_id })}>
                  {lang === 'zh' ? i.name_zh : i.name_en}
                </button>
              </th>
              {reports.map((r) => {
                const cell = counts.get(`${i.indicator_id}|${r.report_id}`);
                const label = cell ? `${cell.reported}/${cell.derived}` : '–';
                return (
                  <td key={r.report_id} className={cell ? (cell.reported > 0 ? 'covered' : 'derived-only') : 'missing'}>
                    {label}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
