import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Catalog } from '../features/catalog/catalog';
import type { ReportOption } from '../sql/catalog-query';
import { foreignReportsOf, localReportsDrawn, unexplainedNotices } from '../state/local-in-view';
import { parseViewState, serializeViewState, type KnownIds, type Notice, type ViewState } from '../state/view-state';

function knownIdsOf(catalog: Catalog): KnownIds {
  return {
    indicators: new Set(catalog.indicators.map((i) => i.indicator_id)),
    categories: new Set(catalog.indicators.map((i) => i.category)),
    jurisdictions: new Set(catalog.places.map((p) => p.jurisdiction_id)),
    years: new Set(catalog.years),
    reports: new Set(catalog.reports.map((r) => r.report_id)),
    places: catalog.places,
  };
}

export interface UpdateOptions {
  replace?: boolean;
}

interface Kept {
  /** The reports kept in this browser. */
  reports: ReportOption[];
  /** Whether they are known yet: until then a link naming local reports cannot be judged. */
  settled: boolean;
}

/**
 * The view lives in the URL: parsed and validated on load and on back/forward, pushed on change.
 * The URL names the kept reports the view draws, so that a machine without them can say what is missing.
 */
export function useViewState(catalog: Catalog, kept: Kept) {
  const known = useMemo(() => knownIdsOf(catalog), [catalog]);
  const [parsed, setParsed] = useState(() => parseViewState(typeof location === 'undefined' ? '' : location.search, known));
  const current = useRef(parsed.state);
  current.current = parsed.state;
  const keptReports = useRef(kept.reports);
  keptReports.current = kept.reports;
  const parsedWith = useRef(known);

  const urlOf = useCallback((state: ViewState) => {
    const foreign = foreignReportsOf(state, keptReports.current).map((f) => f.reportId);
    const query = serializeViewState({ ...state, localReports: [...foreign, ...localReportsDrawn(state, keptReports.current)] });
    return `${location.pathname}${query ? `?${query}` : ''}`;
  }, []);

  const judged = kept.settled || parsed.state.localReports.length === 0;
  useEffect(() => {
    // Kept reports arrive after the first parse: the places and years they bring are read again,
    // and until then the address keeps what the link said.
    if (parsedWith.current !== known) {
      parsedWith.current = known;
      const again = parseViewState(location.search, known);
      current.current = again.state;
      setParsed(again);
    }
    if (judged) history.replaceState(null, '', urlOf(current.current));
    const onPopState = () => setParsed(parseViewState(location.search, known));
    addEventListener('popstate', onPopState);
    return () => removeEventListener('popstate', onPopState);
  }, [known, urlOf, judged]);

  // `replace` for a change that is no step to go back to, such as each edit of the console's text.
  const update = useCallback((patch: Partial<ViewState>, options?: UpdateOptions) => {
    const next = { ...current.current, ...patch };
    if (options?.replace) history.replaceState(null, '', urlOf(next));
    else history.pushState(null, '', urlOf(next));
    setParsed((previous) => ({ state: next, notices: previous.notices }));
  }, [urlOf]);

  const dismissNotices = useCallback(() => setParsed((previous) => ({ state: { ...previous.state, localReports: [] }, notices: [] as Notice[] })), []);

  const foreign = kept.settled ? foreignReportsOf(parsed.state, kept.reports) : [];
  const notices = judged ? unexplainedNotices(parsed.notices, foreign) : [];
  return { state: parsed.state, notices, foreign, update, dismissNotices };
}
