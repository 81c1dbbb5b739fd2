import { useEffect, useMemo, useState } from 'react';
import { buildCompareOption } from '../../charts/build-compare-option';
import { buildFamilyOption } from '../../charts/build-family-option';
import { buildTrendOption } from '../../charts/build-trend-option';
import { indicatorTitle, unique } from '../../charts/chart-common';
import { t } from '../../lib/i18n';
import { isPlaceGroupShaped } from '../../state/place-groups';
import { filtersOf, indicatorIdsOf } from '../../state/view-inputs';
import type { ViewState } from '../../state/view-state';
import type { Catalog } from '../catalog/catalog';
import { useIndicatorNote } from '../catalog/notes';
import { useCells } from '../cells/queries';
import { QueryStatus } from '../../ui/QueryStatus';
import { ChartView } from './ChartView';

interface Props {
  state: ViewState;
  catalog: Catalog;
  update(patch: Partial<ViewState>): void;
}

/** Compare, trend and family: the same cells, drawn three ways. */
export function IndicatorChartView({ state, catalog, update }: Props) {
  const { view, category: pickedCategory, indicator: pickedIndicator, jurisdictions, years, method, scope } = state;
  // Keyed on the fields used, so that an unrelated change does not redraw the chart with old data.
  const indicatorIds = useMemo(
    () => indicatorIdsOf({ view, category: pickedCategory, indicator: pickedIndicator }, catalog.indicators),
    [view, pickedCategory, pickedIndicator, catalog],
  );
  const places = catalog.places;
  const filters = useMemo(() => filtersOf({ jurisdictions, years, method, scope }, places), [jurisdictions, years, method, scope, places]);
  const query = useCells(indicatorIds, filters);
  const [page, setPage] = useState(0);
  // Other cells start on their first page; the builder clamps a page past the end when only the sort or top change.
  useEffect(() => setPage(0), [indicatorIds, filters]);
  const cells = query.data;
  const lang = state.lang;
  // Labels come from the cells on screen, which stay those of the previous filters until the new ones arrive.
  const shown = useMemo(() => {
    const ids = new Set((cells ?? []).map((c) => c.indicator_id));
    return catalog.indicators.filter((i) => ids.has(i.indicator_id));
  }, [cells, catalog]);
  const indicator = shown[0] ?? catalog.indicators.find((i) => i.indicator_id === pickedIndicator)!;
  const categoryName = lang === 'zh' ? indicator.category_name_zh : indicator.category_name_en;
  const spec = useMemo(() => {
    if (!cells) return null;
    const ctx = { lang, sort: state.sort, top: state.top, named: jurisdictions.filter((j) => !isPlaceGroupShaped(j)), page, highlight: state.source };
    if (view === 'trend') return buildTrendOption(cells, indicator, ctx);
    if (view === 'family') return buildFamilyOption(cells, shown, categoryName, ctx);
    return buildCompareOption(cells, indicator, ctx);
  }, [cells, view, state.sort, state.top, state.source, jurisdictions, page, lang, indicator, shown, categoryName]);
  if (!cells || !spec) return <QueryStatus query={query} lang={lang} />;
  if (!cells.some((c) => c.status === 'value') && view !== 'family') {
    return <p className="empty" role="status">{t(lang, 'noData')}</p>;
  }
  const family = view === 'family';
  return (
    <>
      {query.error && <QueryStatus query={query} lang={lang} />}
      <IndicatorNote indicator={indicator} lang={lang} hidden={family} />
      <ChartView
        spec={spec}
        lang={lang}
        title={family ? categoryName : indicatorTitle(indicator, lang)}
        titles={family ? { zh: indicator.category_name_zh, en: indicator.category_name_en } : { zh: indicatorTitle(indicator, 'zh'), en: indicatorTitle(indicator, 'en') }}
        fileSubject={family ? indicator.category : indicator.indicator_id}
        years={unique(cells.map((c) => c.year))}
        onSelect={(source) => update({ source })}
        onPage={setPage}
      />
    </>
  );
}

function IndicatorNote({ indicator, lang, hidden }: { indicator: Catalog['indicators'][number]; lang: 'zh' | 'en'; hidden: boolean }) {
  const note = useIndicatorNote(indicator.indicator_id);
  if (hidden) return null;
  return (
    <p className="indicator-note">
      {note && <span>{t(lang, 'definition')}: {lang === 'zh' ? note.definition_zh : note.definition_en}</span>}
      {indicator.formula && <span> {t(lang, 'formula')}: <code>{indicator.formula}</code></span>}
      {note?.comparability_en && <span> {t(lang, 'comparability')}: {note.comparability_en}</span>}
    </p>
  );
}
