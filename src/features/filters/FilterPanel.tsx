import { useEffect, useId, useMemo, useState } from 'react';
import type { Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import { maxTop, methodFilters, scopeFilters, sortOrders, type ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { CheckboxGroup, toggle } from './CheckboxGroup';
import { PlacePicker } from './PlacePicker';

interface Props {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

const methodLabels: Record<string, MessageKey> = { all: 'methodAll', reported: 'methodReported', derived: 'methodDerived' };
const sortLabels: Record<string, MessageKey> = { value_desc: 'sortValueDesc', value_asc: 'sortValueAsc', name: 'sortName' };
const scopeLabel = (scope: string, lang: Lang) => t(lang, scope === 'all' ? 'scopeAll' : (`scope_${scope}` as MessageKey));


function IndicatorPicker({ state, catalog, update }: Props) {
  const [search, setSearch] = useState('');
  const lang = state.lang;
  const id = useId();
  const matches = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return catalog.indicators.filter(
      (i) =>
        (state.category === null || i.category === state.category) &&
        (needle === '' || i.name_zh.includes(needle) || i.name_en.toLowerCase().includes(needle) || i.indicator_id.includes(needle)),
    );
  }, [catalog, search, state.category]);
  const listed = matches.some((i) => i.indicator_id === state.indicator) ? matches : [...catalog.indicators.filter((i) => i.indicator_id === state.indicator), ...matches];
  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>{t(lang, 'indicator')}</label>
      <input id={`${id}-search`} type="search" value={search} placeholder={t(lang, 'searchIndicator')} onChange={(e) => setSearch(e.target.value)} />
      <select
        aria-label={t(lang, 'indicator')}
        size={8}
        value={state.indicator}
        onChange={(e) => update({ indicator: e.target.value, source: null })}
        data-testid="indicator-select"
      >
        {listed.map((i) => (
          <option key={i.indicator_id} value={i.indicator_id}>
            {lang === 'zh' ? i.name_zh : i.name_en} ({i.jurisdictions})
          </option>
        ))}
      </select>
    </div>
  );
}

function Choice({ label, value, options, optionLabel, onChange, testId }: {
  label: string;
  value: string;
  options: readonly string[];
  optionLabel(option: string): string;
  onChange(value: string): void;
  testId: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Top and bottom N: empty is off; a number out of range is not taken until it is one. */
function TopPicker({ state, update }: Pick<Props, 'state' | 'update'>) {
  const id = useId();
  const shown = state.top === null ? '' : String(state.top);
  const [text, setText] = useState(shown);
  // Back and forward change N under the field.
  useEffect(() => setText(shown), [shown]);
  return (
    <div className="field">
      <label htmlFor={id}>{t(state.lang, 'topN')}</label>
      <input
        id={id}
        type="number"
        min={1}
        max={maxTop}
        inputMode="numeric"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.value === '' ? null : Number(e.target.value);
          if (n === null || (Number.isInteger(n) && n >= 1 && n <= maxTop)) update({ top: n });
        }}
        data-testid="top-input"
      />
    </div>
  );
}

/** What the filters pick, in one line: the closed drawer's label on a phone. */
function filtersSummary(state: ViewState, catalog: Catalog): string {
  const lang = state.lang;
  const indicator = catalog.indicators.find((i) => i.indicator_id === state.indicator);
  const name = indicator ? (lang === 'zh' ? indicator.name_zh : indicator.name_en) : state.indicator;
  const places = state.jurisdictions.length === 0 ? t(lang, 'all') : String(state.jurisdictions.length);
  const years = state.years.length === 0 ? t(lang, 'all') : state.years.join(', ');
  return `${name} · ${t(lang, 'jurisdictions')} ${places} · ${t(lang, 'years')} ${years}`;
}

/**
 * Every filter is a native control, so keyboard and screen readers work without extra code.
 * On a phone the panel is a drawer, closed, so that the chart is the first thing on screen.
 */
export function FilterPanel({ state, catalog, update }: Props) {
  const lang = state.lang;
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const categoryNames = useMemo(() => new Map(catalog.indicators.map((i) => [i.category, lang === 'zh' ? i.category_name_zh : i.category_name_en])), [catalog, lang]);
  return (
    <aside className={open ? 'filters open' : 'filters'} aria-label={t(lang, 'filters')}>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)} data-testid="filters-toggle">
        <strong>{t(lang, 'filters')}</strong>
        <span>{filtersSummary(state, catalog)}</span>
      </button>
      <div className="filters-body" id={bodyId}>
      <Choice
        label={t(lang, 'category')}
        value={state.category ?? ''}
        options={['', ...categoryNames.keys()]}
        optionLabel={(c) => (c === '' ? t(lang, 'allCategories') : categoryNames.get(c)!)}
        onChange={(c) => update({ category: c === '' ? null : c })}
        testId="category-select"
      />
      <IndicatorPicker state={state} catalog={catalog} update={update} />
      <PlacePicker state={state} catalog={catalog} update={update} />
      <CheckboxGroup
        legend={`${t(lang, 'years')} (${state.years.length === 0 ? t(lang, 'all') : state.years.join(', ')})`}
        items={catalog.years}
        checked={state.years}
        label={String}
        onToggle={(year) => update({ years: toggle(state.years, year).sort((a, b) => a - b) })}
        testId="year-filter"
      />
      <Choice label={t(lang, 'method')} value={state.method} options={methodFilters} optionLabel={(m) => t(lang, methodLabels[m])} onChange={(m) => update({ method: m as ViewState['method'] })} testId="method-select" />
      <Choice label={t(lang, 'scope')} value={state.scope} options={scopeFilters} optionLabel={(s) => scopeLabel(s, lang)} onChange={(s) => update({ scope: s as ViewState['scope'] })} testId="scope-select" />
      <Choice label={t(lang, 'sort')} value={state.sort} options={sortOrders} optionLabel={(s) => t(lang, sortLabels[s])} onChange={(s) => update({ sort: s as ViewState['sort'] })} testId="sort-select" />
      {(state.view === 'compare' || state.view === 'trend') && <TopPicker state={state} update={update} />}
      </div>
    </aside>
  );
}
