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

/** Each indicator's name in the reader's language, and its formula with the ids in it spelt as names. */
function indicatorTexts(lang: Lang, catalog: Catalog) {
  const names = new Map(catalog.indicators.map((i) => [i.indicator_id, lang === 'zh' ? i.name_zh : i.name_en]));
  // Longest id first, so that no id is replaced inside another.
  const ids = [...names.keys()].sort((a, b) => b.length - a.length);
  const named = (formula: string) => ids.reduce((text, id) => (text.includes(id) ? text.replaceAll(id, names.get(id)!) : text), formula);
  const formulas = new Map(catalog.indicators.map((i) => [i.indicator_id, i.formula === null ? null : named(i.formula)]));
  return { names, formulas };
}
type IndicatorTexts = ReturnType<typeof indicatorTexts>;

/** How a derived value was computed: its named formula, and each input's name and value with the observation it opens. */
function derivationOf(row: TableRow, { names, formulas }: IndicatorTexts, lang: Lang) {
  return {
    formula: formulas.get(row.indicator_id) ?? null,
    inputs: row.inputs.map((i) => ({ id: i.observation_id, name: names.get(i.indicator_id) ?? i.indicator_id, value: formatValue(i.value, i.unit, i.qualifier, lang) })),
  };
}

/** The same, as text for the CSV. */
function derivationText(row: TableRow, texts: IndicatorTexts, lang: Lang): string {
  const { formula, inputs } = derivationOf(row, texts, lang);
  return [formula, inputs.map((i) => `${i.name} ${i.value}`).join('；')].filter(Boolean).join(' · ');
}

function columnsFor(lang: Lang, texts: IndicatorTexts): Column[] {
  const { names } = texts;
  return [
    { key: 'jurisdiction', label: 'jurisdiction', value: (r) => (lang === 'zh' ? r.name_zh : r.name_en) },
    { key: 'year', label: 'year', value: (r) => r.year },
    { key: 'indicator', label: 'indicator', value: (r) => names.get(r.indicator_id) ?? r.indicator_id },
    { key: 'value', label: 'value', value: (r) => r.value },
    { key: 'unit', label: 'unit', value: (r) => unitName(r.unit, lang, r.quote, r.value_text) },
    { key: 'qualifier', label: 'qualifier', value: (r) => t(lang, `qualifier_${r.qualifier}` as MessageKey) },
    { key: 'scope', label: 'scope', value: (r) => t(lang, `scope_${r.scope}` as MessageKey) },
    { key: 'method', label: 'method', value: (r) => t(lang, r.method === 'derived' ? 'derived' : 'reported') },
    { key: 'quote', label: 'quote', value: (r) => r.quote ?? derivationText(r, texts, lang) },
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
  const texts = useMemo(() => indicatorTexts(lang, catalog), [lang, catalog]);
  const columns = useMemo(() => columnsFor(lang, texts), [lang, texts]);
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
                    <Derivation {...derivationOf(r, texts, lang)} lang={lang} open={(source) => update({ source })} />
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
function Derivation({ formula, inputs, lang, open }: ReturnType<typeof derivationOf> & { lang: Lang; open(source: string): void }) {
  return (
    <>
      {formula && <span className="formula">{formula}</span>}
      <ul className="derivation-inputs">
        {inputs.map((input) => (
          <li key={input.id}>
            {input.name}{' '}
            <button type="button" className="link" onClick={() => open(input.id)} title={t(lang, 'clickForSource')} data-testid="derivation-input">
              {input.value}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
