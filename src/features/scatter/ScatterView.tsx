import { useMemo, useState } from 'react';
import '../../charts/echarts-scatter';
import { buildScatterOption } from '../../charts/build-scatter-option';
import { buildSlopeOption } from '../../charts/build-slope-option';
import { cellValueText, indicatorTitle, jurisdictionName } from '../../charts/chart-common';
import { pairCells, slopeLines, type ScatterPairs, type ScatterPoint } from '../../charts/scatter-pairs';
import { exportFileName } from '../../charts/export-file-name';
import { toCsv } from '../../lib/csv';
import { download } from '../../lib/download';
import type { Lang } from '../../lib/format';
import { t } from '../../lib/i18n';
import type { IndicatorOption } from '../../sql/catalog-query';
import type { CellRow } from '../../sql/cells-query';
import { filtersOf } from '../../state/view-inputs';
import { QueryStatus } from '../../ui/QueryStatus';
import { useCells } from '../cells/queries';
import { ChartView } from '../charts/ChartView';
import type { ViewProps } from '../view-props';
import { m } from './messages';
import { usePairings } from './queries';
import { scatterNotes, slopeYears } from './scatter-texts';

const noPage = () => {};

const sideFields = ['status', 'value', 'qualifier', 'scope', 'method', 'report_id', 'quote', 'observation_id'] as const;
const side = (cell: CellRow) => sideFields.map((f) => cell[f]);

/** Every place-year with a report: the points, then those not drawn with their empty side, never a 0. */
const pairsCsv = (pairs: ScatterPairs, lang: Lang) =>
  toCsv(
    ['jurisdiction', 'year', ...sideFields.map((f) => `x_${f}`), ...sideFields.map((f) => `y_${f}`)],
    [...pairs.points, ...pairs.notReported].map((p) => [jurisdictionName(p.x, lang), p.x.year, ...side(p.x), ...side(p.y)]),
  );

/** Two indicators of the same places and years: x from the filters, y picked here, and x's change between two years. */
export function ScatterView({ state, catalog, update }: ViewProps) {
  const { jurisdictions, years, method, scope, lang, indicator: xId } = state;
  const filters = useMemo(() => filtersOf({ jurisdictions, years, method, scope }, catalog.places), [jurisdictions, years, method, scope, catalog.places]);
  const pairings = usePairings(xId, filters);
  const picked = state.indicator2 !== null && state.indicator2 !== xId ? state.indicator2 : null;
  const yId = picked ?? pairings.data?.[0]?.indicator_id ?? null;
  const byId = (id: string) => catalog.indicators.find((i) => i.indicator_id === id)!;
  const x = byId(xId);
  if (!pairings.data && picked === null) return <QueryStatus query={pairings} lang={lang} />;
  return (
    <section className="scatter-view">
      <YPicker lang={lang} x={x} yId={yId} indicators={catalog.indicators} shared={new Map(pairings.data?.map((p) => [p.indicator_id, p.shared]))} onPick={(indicator2) => update({ indicator2 })} />
      {yId === null ? (
        <p className="empty" role="status">{m(lang, 'noPairing')}</p>
      ) : (
        <TwoIndicators x={x} y={byId(yId)} filters={filters} years={slopeYears(years, catalog.years)} lang={lang} open={(source) => update({ source })} />
      )}
    </section>
  );
}

function YPicker({ lang, x, yId, indicators, shared, onPick }: { lang: Lang; x: IndicatorOption; yId: string | null; indicators: IndicatorOption[]; shared: Map<string, number>; onPick(id: string): void }) {
  // The indicators that share place-years with x first, the most shared on top.
  const options = indicators.filter((i) => i.indicator_id !== x.indicator_id).toSorted((a, b) => (shared.get(b.indicator_id) ?? 0) - (shared.get(a.indicator_id) ?? 0));
  return (
    <p className="scatter-picker">
      <span>{m(lang, 'xIs')}: <b>{indicatorTitle(x, lang)}</b></span>{' '}
      <label>
        {m(lang, 'yPicker')}{' '}
        <select data-testid="indicator2" value={yId ?? ''} onChange={(e) => onPick(e.target.value)}>
          {yId === null && <option value="">—</option>}
          {options.map((i) => (
            <option key={i.indicator_id} value={i.indicator_id}>
              {indicatorTitle(i, lang)}{shared.has(i.indicator_id) ? ` · ${m(lang, 'shared', { n: shared.get(i.indicator_id)! })}` : ''}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}

interface TwoProps {
  x: IndicatorOption;
  y: IndicatorOption;
  filters: ReturnType<typeof filtersOf>;
  years: [number, number] | null;
  lang: Lang;
  open(observationId: string): void;
}

function TwoIndicators({ x, y, filters, years, lang, open }: TwoProps) {
  const ids = useMemo(() => [x.indicator_id, y.indicator_id], [x, y]);
  const query = useCells(ids, filters);
  const [fit, setFit] = useState(false);
  const cells = query.data;
  const pairs = useMemo(() => (cells ? pairCells(cells, x.indicator_id, y.indicator_id) : null), [cells, x, y]);
  const title = `${indicatorTitle(x, lang)} × ${indicatorTitle(y, lang)}`;
  const spec = useMemo(() => {
    if (!pairs) return null;
    return buildScatterOption({ points: pairs.points, x, y, lang, title, notes: scatterNotes(pairs, lang), seriesNames: [m(lang, 'sameScope'), m(lang, 'differentScope')], fit });
  }, [pairs, x, y, lang, title, fit]);
  if (!cells || !pairs || !spec) return <QueryStatus query={query} lang={lang} />;
  const shownYears = [...new Set(pairs.points.map((p) => p.x.year))];
  const subject = `${x.indicator_id}_x_${y.indicator_id}`;
  return (
    <>
      {query.error && <QueryStatus query={query} lang={lang} />}
      <label className="scatter-fit">
        <input type="checkbox" data-testid="scatter-fit" checked={fit} onChange={(e) => setFit(e.target.checked)} /> {m(lang, 'fit')}
      </label>
      <div className="chart-actions">
        <button type="button" data-testid="export-csv" onClick={() => download(new Blob([pairsCsv(pairs, lang)], { type: 'text/csv' }), exportFileName(subject, shownYears, 'csv'))}>
          {t(lang, 'exportCsv')}
        </button>
      </div>
      <div data-testid="scatter-chart">
        <ChartView spec={spec} title={title} lang={lang} fileSubject={subject} years={shownYears} onSelect={open} onPage={noPage} />
      </div>
      <PointsTable points={pairs.points} lang={lang} open={open} />
      <Slope cells={cells} indicator={x} years={years} lang={lang} open={open} />
    </>
  );
}

function PointsTable({ points, lang, open }: { points: ScatterPoint[]; lang: Lang; open(id: string): void }) {
  const value = (cell: CellRow, testId: string) => (
    <button type="button" className="link" data-testid={testId} onClick={() => open(cell.observation_id!)} title={t(lang, 'clickForSource')}>
      {cellValueText(cell, lang, false)}
    </button>
  );
  const provenance = (cell: CellRow) => `${t(lang, `scope_${cell.scope}` as Parameters<typeof t>[1])} · ${t(lang, cell.method === 'derived' ? 'derived' : 'reported')} · ${cell.report_id} · ${cell.quote ?? ''}`;
  return (
    <table data-testid="scatter-table">
      <caption>{m(lang, 'pointsTable')}</caption>
      <thead>
        <tr><th>{m(lang, 'place')}</th><th>{m(lang, 'year')}</th><th>x</th><th>{m(lang, 'sourceX')}</th><th>y</th><th>{m(lang, 'sourceY')}</th></tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={`${p.x.observation_id}|${p.y.observation_id}`} className={p.sameScope ? undefined : 'flagged'}>
            <td>{jurisdictionName(p.x, lang)}</td>
            <td>{p.x.year}</td>
            <td>{value(p.x, 'point-x')}</td>
            <td>{provenance(p.x)}</td>
            <td>{value(p.y, 'point-y')}</td>
            <td>{provenance(p.y)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Slope({ cells, indicator, years, lang, open }: { cells: CellRow[]; indicator: IndicatorOption; years: [number, number] | null; lang: Lang; open(id: string): void }) {
  const lines = useMemo(() => (years ? slopeLines(cells, indicator.indicator_id, years[0], years[1]) : []), [cells, indicator, years]);
  const spec = useMemo(() => {
    if (!years || lines.length === 0) return null;
    const title = `${indicatorTitle(indicator, lang)} · ${m(lang, 'slopeTitle', { a: String(years[0]), b: String(years[1]) })}`;
    return buildSlopeOption({ lines, indicator, years, lang, title, notes: [m(lang, 'slopeLines', { n: lines.length })] });
  }, [lines, indicator, years, lang]);
  if (!years || years[0] === years[1]) return <p className="empty" role="status" data-testid="slope-note">{m(lang, 'slopeOneYear')}</p>;
  if (!spec) return <p className="empty" role="status" data-testid="slope-note">{m(lang, 'slopeNone', { a: String(years[0]), b: String(years[1]) })}</p>;
  return (
    <div data-testid="slope-chart">
      <ChartView spec={spec} title={indicatorTitle(indicator, lang)} lang={lang} fileSubject={`${indicator.indicator_id}_slope`} years={years} onSelect={open} onPage={noPage} />
    </div>
  );
}
