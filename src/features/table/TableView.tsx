import { useMemo, useState } from 'react';
import { download } from '../../lib/download';
import { exportFileName } from '../../charts/export-file-name';
import { toCsv } from '../../lib/csv';
import { formatValue, unitName, type Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import type { TableRow } from '../../sql/table-query';
import { filtersOf, indicatorIdsOf } from '../../state/view-inputs';
import type { ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { QueryStatus } from '../../ui/QueryStatus';
import { useTableRows } from './queries';

interface Props {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

type Column = { key: string; label: MessageKey; value(row: TableRow): string | number | null };

/** A formula with its indicator ids spelt as names, longest first so that no id is replaced inside another. */
function namedFormula(formula: string, names: ReadonlyMap<string, string>): string {
  const ids = [...names.keys()].filter((id) => formula.includes(id)).sort((a, b) => b.length - a.length);
  return ids.reduce((text, id) => text.replaceAll(id, names.get(id)!), formula);
}

/** How a derived value was computed: its formula and each input's value, as text for the CSV. */
function derivationText(row: TableRow, names: ReadonlyMap<string, string>, formulas: ReadonlyMap<string, string | null>, lang: Lang): string {
  const formula = formulas.get(row.indicator_id);
  const inputs = row.inputs.map((i) => `${names.get(i.indicator_id) ?? i.indicator_id} ${formatValue(i.value, i.unit, i.qualifier, lang)}`);
  return [formula ? namedFormula(formula, names) : null, inputs.join('；')].filter(Boolean).join(' · ');
}

const indicatorNames = (lang: Lang, catalog: Catalog) => new Map(catalog.indicators.map((i) => [i.indicator_id, lang === 'zh' ? i.name_zh : i.name_en]));

function columnsFor(lang: Lang, catalog: Catalog): Column[] {
  const names = indicatorNames(lang, catalog);
  const formulas = new Map(catalog.indicators.map((i) => [i.indicator_id, i.formula]));
  return [
    { key: 'jurisdiction', label: 'jurisdiction', value: (r) => (lang === 'zh' ? r.name_zh : r.name_en) },
    { key: 'year', label: 'year', value: (r) => r.year },
    { key: 'indicator', label: 'indicator', value: (r) => names.get(r.indicator_id) ?? r.indicator_id },
    { key: 'value', label: 'value', value: (r) => r.value },
    { key: 'unit', label: 'unit', value: (r) => unitName(r.unit, lang, r.quote, r.value_text) },
    { key: 'qualifier', label: 'qualifier', value: (r) => t(lang, `qualifier_${r.qualifier}` as MessageKey) },
    { key: 'scope', label: 'scope', value: (r) => t(lang, `scope_${r.scope}` as MessageKey) },
    { key: 'method', label: 'method', value: (r) => t(lang, r.method === 'derived' ? 'derived' : 'reported') },
    { key: 'quote', label: 'quote', value: (r) => r.quote ?? derivationText(r, names, formulas, lang) },
    { key: 'flag', label: 'flag', value: (r) => r.flag_note },
    { key: 'publication', label: 'publication', value: (r) => t(lang, r.is_local ? 'localReport' : 'publishedData') },
  ];
}

const compare = (a: string | number | null, b: string | number | null) =>
  a === null ? 1 : b === null ? -1 : typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'zh-CN');

/** Every value behind the view, with its quote; the CSV holds exactly the rows and order shown. */
export function TableView({ state, catalog, update }: Props) {
  const { view, category, indicator } = state;
  const indicatorIds = useMemo(() => indicatorIdsOf({ view, category, indicator }, catalog.indicators), [view, category, indicator, catalog]);
  const query = useTableRows(indicatorIds, filtersOf(state, catalog.places));
  const rows = query.data;
  const [sort, setSort] = useState<{ key: string; ascending: boolean }>({ key: 'value', ascending: false });
  const lang = state.lang;
  const columns = useMemo(() => columnsFor(lang, catalog), [lang, catalog]);
  const names = useMemo(() => indicatorNames(lang, catalog), [lang, catalog]);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key)!;
    return [...(rows ?? [])].sort((a, b) => (sort.ascending ? 1 : -1) * compare(column.value(a), column.value(b)));
  }, [rows, columns, sort]);
  if (!rows) return <QueryStatus query={query} lang={lang} />;
  const csv = () => toCsv(['observation_id', ...columns.map((c) => c.key)], sorted.map((r) => [r.observation_id, ...columns.map((c) => c.value(r))]));
  const subject = state.category && indicatorIds.length > 1 ? state.category : state.indicator;
  return (
    <section className="table-view">
      <div className="chart-actions">
        <button type="button" data-testid="export-csv" onClick={() => download(new Blob([csv()], { type: 'text/csv' }), exportFileName(subject, state.years, 'csv'))}>
          {t(lang, 'exportCsv')}
        </button>
      </div>
      <table data-testid="data-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} aria-sort={sort.key === c.key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => setSort({ key: c.key, ascending: sort.key === c.key ? !sort.ascending : true })}>
                  {t(lang, c.label)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.observation_id} className={r.flag ? 'flagged' : undefined}>
              {columns.map((c) =>
                c.key === 'value' ? (
                  <td key={c.key} className="number">
                    <button type="button" className="link" onClick={() => update({ source: r.observation_id })} title={t(lang, 'clickForSource')}>
                      {formatValue(r.value, r.unit, r.qualifier, lang)}
                    </button>
                  </td>
                ) : c.key === 'quote' && r.inputs.length > 0 ? (
                  <td key={c.key} data-testid="derivation">
                    <DerivationInputs
                      row={r}
                      formula={catalog.indicators.find((i) => i.indicator_id === r.indicator_id)?.formula ?? null}
                      names={names}
                      lang={lang}
                      open={(source) => update({ source })}
                    />
                  </td>
                ) : (
                  <td key={c.key}>{c.value(r)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A derived row's formula, then each input's value, each opening its own source sentence. */
function DerivationInputs({ row, formula, names, lang, open }: { row: TableRow; formula: string | null; names: ReadonlyMap<string, string>; lang: Lang; open(source: string): void }) {
  return (
    <>
      {formula && <span className="formula">{namedFormula(formula, names)}</span>}
      <ul className="derivation-inputs">
        {row.inputs.map((input) => (
          <li key={input.observation_id}>
            {names.get(input.indicator_id) ?? input.indicator_id}{' '}
            <button type="button" className="link" onClick={() => open(input.observation_id)} title={t(lang, 'clickForSource')} data-testid="derivation-input">
              {formatValue(input.value, input.unit, input.qualifier, lang)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
