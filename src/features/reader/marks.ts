import { toCsv } from '../../lib/csv';
import { formatValue, type Lang } from '../../lib/format';
import { t, type MessageKey } from '../../lib/i18n';
import { scopes } from '../../domain/observation';
import type { Mark } from '../../sql/reader-query';
import type { ViewState } from '../../state/view-state';
import { m, reasonName } from './messages';

export const dispositions = ['claimed', 'not_indicator', 'unclaimed'] as const;

/** How many marks of each disposition: the legend's counts. */
export const countsOf = (marks: readonly Mark[]) => Object.fromEntries(dispositions.map((d) => [d, marks.filter((x) => x.disposition === d).length])) as Record<Mark['disposition'], number>;

const observationText = (o: Mark['observations'][number], lang: Lang) =>
  `${lang === 'zh' ? o.indicator_name_zh : o.indicator_name_en}: ${formatValue(o.value, o.unit, o.qualifier, lang)} · ${t(lang, `scope_${o.scope}` as MessageKey)} · ${t(lang, o.method === 'derived' ? 'derived' : 'reported')}`;

/** What hovering a mark says: the indicators and values it stands for, or why it stands for none. */
export function markTitle(mark: Mark, lang: Lang): string {
  if (mark.disposition === 'claimed') {
    const read = mark.observations.map((o) => observationText(o, lang));
    const unread = mark.observation_ids.filter((id) => !mark.observations.some((o) => o.observation_id === id));
    return [...read, ...unread, m(lang, 'clickToCompare')].join('\n');
  }
  if (mark.disposition === 'not_indicator') return `${m(lang, 'notIndicator')}: ${mark.reason ? reasonName(lang, mark.reason) : ''}`;
  return [m(lang, 'unclaimed'), mark.candidate_indicator_id ? `${m(lang, 'nearest')}: ${mark.candidate_indicator_id}` : '', mark.note ?? ''].filter(Boolean).join('\n');
}

/** The marks as a CSV: one row per mark and observation it claims, so that a 均 number lists each indicator. */
export function marksCsv(marks: readonly Mark[], lang: Lang): string {
  const rows = marks.flatMap((mark) => {
    const base = [mark.mention_start, mark.mention_end, mark.mention, mark.disposition];
    if (mark.observations.length === 0) return [[...base, null, null, null, null, null, mark.reason, mark.candidate_indicator_id]];
    return mark.observations.map((o) => [...base, o.observation_id, o.indicator_id, lang === 'zh' ? o.indicator_name_zh : o.indicator_name_en, o.value, o.unit, null, null]);
  });
  return toCsv(['offset', 'end', 'number', 'disposition', 'observation_id', 'indicator_id', 'indicator', 'value', 'unit', 'reason', 'candidate_indicator_id'], rows);
}

// The compare chart's cell shows, of a report's observations of an indicator, the one of the widest scope (cells-query.ts).
const scopeRank = ['jurisdiction_wide', 'not_stated', 'government_own_level'];
const rankOf = (scope: string) => (scopeRank.includes(scope) ? scopeRank.indexOf(scope) : scopeRank.length);

/**
 * The compare view that shows this observation as its bar: its indicator and year, every place, and its
 * scope alone when the report also gives a wider-scoped figure, which the chart would draw instead.
 */
export function compareViewOf(observation: Mark['observations'][number], marks: readonly Mark[]): Partial<ViewState> {
  const wider = marks.some((mark) =>
    mark.observations.some((o) => o.indicator_id === observation.indicator_id && o.method === 'reported' && rankOf(o.scope) < rankOf(observation.scope)),
  );
  const ownScope = scopes.find((s) => s === observation.scope);
  return {
    view: 'compare', indicator: observation.indicator_id, category: null, jurisdictions: [], years: [observation.year],
    method: observation.method === 'derived' ? 'derived' : 'all', scope: wider && ownScope ? ownScope : 'all',
    source: observation.observation_id, reports: [], at: null,
  };
}
