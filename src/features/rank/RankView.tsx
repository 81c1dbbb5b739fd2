import { useMemo } from 'react';
import { buildRankOption } from '../../charts/build-rank-option';
import { indicatorTitle, jurisdictionName } from '../../charts/chart-common';
import { exportFileName } from '../../charts/export-file-name';
import { rankLabel, rankPlaces, type RankEntry, type YearRanking } from '../../charts/ranking';
import { toCsv } from '../../lib/csv';
import { download } from '../../lib/download';
import { formatValue, type Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import { filtersOf } from '../../state/view-inputs';
import { ChartView } from '../charts/ChartView';
import type { ViewProps } from '../view-props';
import { QueryStatus } from '../../ui/QueryStatus';
import { m } from './messages';
import { useRankCells } from './queries';
import { groupHeading, groupName, rankNotes } from './rank-texts';

/** One ranked place as the table shows it and the CSV spells it. */
function rankRow(year: number, group: string, entry: RankEntry, lang: Lang) {
  const { cell } = entry;
  return {
    entry, year, group, label: rankLabel(entry), range: `${entry.best}–${entry.worst}`, place: jurisdictionName(cell, lang),
    shown: formatValue(cell.value!, cell.unit ?? 'count', cell.qualifier, lang),
    qualifier: t(lang, `qualifier_${cell.qualifier}` as MessageKey), scope: t(lang, `scope_${cell.scope}` as MessageKey),
    method: t(lang, cell.method === 'derived' ? 'derived' : 'reported'),
  };
}
type RankRow = ReturnType<typeof rankRow>;

const tableRows = (rankings: YearRanking[], lang: Lang): RankRow[] =>
  rankings.flatMap((year) => year.groups.flatMap((group) => group.entries.map((entry) => rankRow(year.year, groupName(group, lang), entry, lang))));

const csvHeader = ['year', 'group', 'rank_label', 'rank', 'rank_range', 'jurisdiction', 'value', 'value_shown', 'qualifier', 'scope', 'method', 'report_id', 'quote', 'observation_id'];
const csvRow = (r: RankRow) => [r.year, r.group, r.label, r.entry.rank, r.range, r.place, r.entry.cell.value, r.shown, r.qualifier, r.scope, r.method, r.entry.cell.report_id, r.entry.cell.quote, r.entry.cell.observation_id];

const columns = ['group', 'rank', 'rankRange', 'place', 'value', 'method', 'report', 'quote'] as const;

/** Fair ranking: only among the places that report the indicator, by scope and body level unless mixed on purpose. */
export function RankView({ state, catalog, update }: ViewProps) {
  const { jurisdictions, years, method, scope, lang, mix } = state;
  const filters = useMemo(() => filtersOf({ jurisdictions, years, method, scope }, catalog.places), [jurisdictions, years, method, scope, catalog.places]);
  const query = useRankCells(state.indicator, filters);
  const descending = state.sort !== 'value_asc';
  const indicator = catalog.indicators.find((i) => i.indicator_id === state.indicator)!;
  const rankings = useMemo(() => (query.data ? rankPlaces(query.data, { descending, mix }) : null), [query.data, descending, mix]);
  const said = useMemo(() => (rankings ? rankNotes(rankings, lang, descending, mix) : null), [rankings, lang, descending, mix]);
  const title = `${indicatorTitle(indicator, lang)} · ${m(lang, 'title')}`;
  const spec = useMemo(
    () => (rankings && said ? buildRankOption({ rankings, indicator, lang, title, notes: [...said.warnings, ...said.notes], heading: (y, g) => groupHeading(y, g, lang) }) : null),
    [rankings, said, indicator, lang, title],
  );
  if (!rankings || !said || !spec) return <QueryStatus query={query} lang={lang} />;
  const rows = tableRows(rankings, lang);
  const shownYears = rankings.map((r) => r.year);
  const subject = `${indicator.indicator_id}_rank`;
  const csv = () => toCsv(csvHeader, rows.map(csvRow));
  return (
    <section className="rank-view">
      {query.error && <QueryStatus query={query} lang={lang} />}
      <label className="rank-mix">
        <input type="checkbox" data-testid="rank-mix" checked={mix} onChange={(e) => update({ mix: e.target.checked })} /> {m(lang, 'mixToggle')}
      </label>
      {said.warnings.map((w) => <p key={w} className="notice" role="alert" data-testid="rank-warning">{w}</p>)}
      <ul className="rank-notes" data-testid="rank-notes">
        {said.notes.map((note) => <li key={note}>{note}</li>)}
      </ul>
      {rows.length === 0 ? (
        <p className="empty" role="status">{m(lang, 'noneReported')}</p>
      ) : (
        <>
          <ChartView spec={spec} title={title} lang={lang} fileSubject={subject} years={shownYears} onSelect={(source) => update({ source })} onPage={() => {}} />
          <div className="chart-actions">
            <button type="button" data-testid="export-csv" onClick={() => download(new Blob([csv()], { type: 'text/csv' }), exportFileName(subject, shownYears, 'csv'))}>
              {t(lang, 'exportCsv')}
            </button>
          </div>
          <table data-testid="rank-table">
            <thead>
              <tr><th>{t(lang, 'year')}</th>{columns.map((k) => <th key={k}>{m(lang, k)}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.entry.cell.observation_id}>
                  <td>{r.year}</td>
                  <td>{r.group}</td>
                  <td data-testid="rank-label">{r.label}</td>
                  <td>{r.range}</td>
                  <td>{r.place}</td>
                  <td className="number">
                    <button type="button" className="link" onClick={() => update({ source: r.entry.cell.observation_id })} title={t(lang, 'clickForSource')}>{r.shown}</button>
                  </td>
                  <td>{r.method}</td>
                  <td>{r.entry.cell.report_id}</td>
                  <td>{r.entry.cell.quote}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
