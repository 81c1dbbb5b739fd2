import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Catalog } from '../features/catalog/catalog';
import { parseViewState, serializeViewState, type KnownIds, type Notice, type ViewState } from '../state/view-state';

function knownIdsOf(catalog: Catalog): KnownIds {
  return {
    indicators: new Set(catalog.indicators.map((i) => i.indicator_id)),
    categories: new Set(catalog.indicators.map((i) => i.category)),
    jurisdictions: new Set(catalog.reports.map((r) => r.jurisdiction_id)),
    years: new Set(catalog.reports.map((r) => r.year)),
  };
}

const urlOf = (state: ViewState) => {
  const query = serializeViewState(state);
  return `${location.pathname}${query ? `?${query}` : ''}`;
};

/** The view lives in the URL: parsed and validated on load and on back/forward, pushed on change. */
export function useViewState(catalog: Catalog) {
  const known = useMemo(() => knownIdsOf(catalog), [catalog]);
  const [parsed, setParsed] = useState(() => parseViewState(typeof location === 'undefined' ? '' : location.search, known));
  const current = useRef(parsed.state);
  current.current = parsed.state;

  useEffect(() => {
    history.replaceState(null, '', urlOf(current.current));
    const onPopState = () => setParsed(parseViewState(location.search, known));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [known]);

  const update = useCallback((patch: Partial<ViewState>) => {
    const next = { ...current.current, ...patch };
    history.pushState(null, '', urlOf(next));
    setParsed((previous) => ({ state: next, notices: previous.notices }));
  }, []);

  const dismissNotices = useCallback(() => setParsed((previous) => ({ ...previous, notices: [] as Notice[] })), []);

  return { state: parsed.state, notices: parsed.notices, update, dismissNotices };
}
