import { z } from 'zod';
import { methods, scopes, type Scope } from '../domain/observation';
import { syntheticBuild } from '../lib/build-kind';
import { isKnownGroup, isPlaceGroupShaped, type Place } from './place-groups';

/** Views of the data, one tab each; `add` is the view that adds a report, reached from the header. */
export const dataViews = ['compare', 'trend', 'family', 'rank', 'scatter', 'table', 'coverage', 'read', 'search', 'sql'] as const;
export const views = [...dataViews, 'add'] as const;
export type View = (typeof views)[number];
export const methodFilters = ['all', ...methods] as const;
export const scopeFilters = ['all', ...scopes] as const;
export const sortOrders = ['value_desc', 'value_asc', 'name'] as const;
export const langs = ['zh', 'en'] as const;

export interface ViewState {
  view: View;
  indicator: string;
  category: string | null;
  jurisdictions: string[];
  years: number[];
  method: 'all' | 'reported' | 'derived';
  scope: 'all' | Scope;
  sort: 'value_desc' | 'value_asc' | 'name';
  /** Only the N highest and N lowest values are drawn, ranked among the places that report them. */
  top: number | null;
  lang: 'zh' | 'en';
  source: string | null;
  /** Reports kept in the browser the view was made in: elsewhere they explain the places and years not found. */
  localReports: string[];
  /** The one or two reports the reader shows side by side. */
  reports: string[];
  /** The character offset of the first report the reader is scrolled to. */
  at: number | null;
  /** The search text, matched in simplified and traditional script alike. */
  query: string;
  /** The second indicator of the two-indicator view, drawn on y against `indicator` on x. */
  indicator2: string | null;
  /** Whether the ranking puts values of different scope or reporting-body level together, as the analyst asked. */
  mix: boolean;
  /** The SQL console's text. */
  sql: string;
  /** A chart alone, its notes and source line, without the page around it: for an iframe. */
  embed: boolean;
}

const realDefaultViewState: ViewState = {
  view: 'compare', indicator: 'mediation_success_rate', category: null, jurisdictions: [], years: [],
  method: 'all', scope: 'all', sort: 'value_desc', top: null, lang: 'zh', source: null, localReports: [],
  reports: [], at: null, query: '', indicator2: null, mix: false, sql: '', embed: false,
};

/** Thousands of places open on the provinces: a chart of every county is no first view. */
export const nationalDefaultViewState: ViewState = { ...realDefaultViewState, jurisdictions: ['g:level-province'] };

export const defaultViewState: ViewState = syntheticBuild ? nationalDefaultViewState : realDefaultViewState;

export interface KnownIds {
  indicators: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
  years: ReadonlySet<number>;
  /** Report ids; empty where the catalog lists no reports (a national build), and any well-formed id is read. */
  reports: ReadonlySet<string>;
  /** The places, for the groups a URL may name instead of ids. */
  places: readonly Place[];
}

export interface Notice {
  param: string;
  value: string;
  reason: 'unknown_value' | 'malformed' | 'unknown_param' | 'unsupported_version';
}

// Indicator ids and enum members are snake_case; category and jurisdiction ids follow catalog's slugId.
const snakeCase = /^[a-z][a-z0-9_]*$/;
const slug = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const fourDigitYear = /^[1-9]\d{3}$/;
const smallCount = /^[1-9]\d{0,2}$/;
export const maxTop = 100;
const offset = /^\d{1,7}$/;
const flag = /^[01]$/;
export const maxQueryLength = 100;
export const maxSqlLength = 4000;
export const maxReaderReports = 2;
// Free text may hold anything a reader types except control characters, which no search or query needs.
const freeText = (max: number) => z.string().max(max).refine((text) => !/[\u0000-\u001f\u007f]/.test(text.replaceAll(/[\n\t\r]/g, ' ')), 'no control characters');
const observationId = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z][a-z0-9_]*\/[a-z_]+(?:\/derived)?$/;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
const ascendingUnique = (years: readonly number[]): number[] => unique(years).toSorted((a, b) => a - b);
const isUnique = (items: readonly unknown[]) => new Set(items).size === items.length;
const isAscending = (years: readonly number[]) => years.every((year, i) => i === 0 || years[i - 1] < year);

export const viewStateSchema = z.strictObject({
  view: z.enum(views),
  indicator: z.string().regex(snakeCase),
  category: z.string().regex(slug).nullable(),
  jurisdictions: z.array(z.string().refine((item) => slug.test(item) || isPlaceGroupShaped(item), 'a jurisdiction id or a place group')).refine(isUnique, 'jurisdictions must be unique'),
  years: z.array(z.number().int().min(1000).max(9999)).refine(isAscending, 'years must be ascending and unique'),
  method: z.enum(methodFilters),
  scope: z.enum(scopeFilters),
  sort: z.enum(sortOrders),
  top: z.number().int().min(1).max(maxTop).nullable(),
  lang: z.enum(langs),
  source: z.string().regex(observationId).nullable(),
  localReports: z.array(z.string().regex(slug)).refine(isUnique, 'local reports must be unique'),
  reports: z.array(z.string().regex(slug)).max(maxReaderReports).refine(isUnique, 'reports must be unique'),
  at: z.number().int().min(0).max(9_999_999).nullable(),
  query: freeText(maxQueryLength),
  indicator2: z.string().regex(snakeCase).nullable(),
  mix: z.boolean(),
  sql: freeText(maxSqlLength),
  embed: z.boolean(),
}) satisfies z.ZodType<ViewState>;

/** URL parameter of each field; the key order here is the order in the URL. */
const paramOf = {
  view: 'view',
  indicator: 'ind',
  category: 'cat',
  jurisdictions: 'j',
  years: 'y',
  method: 'm',
  scope: 's',
  sort: 'sort',
  top: 'top',
  lang: 'lang',
  source: 'src',
  localReports: 'lr',
  reports: 'r',
  at: 'at',
  query: 'q',
  indicator2: 'ind2',
  mix: 'mix',
  sql: 'sql',
  embed: 'embed',
} as const satisfies Record<keyof ViewState, string>;
const fields = Object.keys(paramOf) as (keyof ViewState)[];
const fieldOf = new Map<string, keyof ViewState>(fields.map((field) => [paramOf[field], field]));
const versionParam = 'v';
const currentVersion = '1';

type Rejection = { value: string; reason: 'unknown_value' | 'malformed' };
type Check<T> = (raw: string) => { value: T } | { reason: Rejection['reason'] };
type Reading<T> = { value?: T; rejected: Rejection[] };
type Readers = { [F in keyof ViewState]: (raw: string) => Reading<ViewState[F]> };

/** Text that fits `shape` but that `accepts` refuses is a real-looking id we just don't know. */
function check<T>(shape: RegExp, accepts: z.ZodType<T>): Check<T> {
  return (raw) => {
    if (!shape.test(raw)) return { reason: 'malformed' };
    const result = accepts.safeParse(raw);
    return result.success ? { value: result.data } : { reason: 'unknown_value' };
  };
}

const knownId = (shape: RegExp, ids: ReadonlySet<string>) => check(shape, z.string().refine((id) => ids.has(id)));

/** A jurisdiction id, or a group of places (`g:230100-children`) whose code or level the places know. */
const knownPlace = (known: KnownIds): Check<string> => (raw) =>
  isPlaceGroupShaped(raw) ? (isKnownGroup(raw, known.places) ? { value: raw } : { reason: 'unknown_value' }) : knownId(slug, known.jurisdictions)(raw);

const knownReport = (known: KnownIds): Check<string> => (known.reports.size === 0 ? check(slug, z.string()) : knownId(slug, known.reports));

/** Text too long or holding control characters is malformed; any other text is the analyst's own. */
const text = (max: number): Check<string> => (raw) => (freeText(max).safeParse(raw).success ? { value: raw } : { reason: 'malformed' });

function single<T>(checkValue: Check<T>) {
  return (raw: string): Reading<T> => {
    const result = checkValue(raw);
    if ('value' in result) return { value: result.value, rejected: [] };
    return { rejected: [{ value: raw, reason: result.reason }] };
  };
}

function list<T>(checkItem: Check<T>, arrange: (items: T[]) => T[]) {
  return (raw: string): Reading<T[]> => {
    const accepted: T[] = [];
    const rejected: Rejection[] = [];
    // Empty items come from stray commas, which are harmless.
    for (const item of raw.split(',').filter((item) => item !== '')) {
      const result = checkItem(item);
      if ('value' in result) accepted.push(result.value);
      else rejected.push({ value: item, reason: result.reason });
    }
    return { value: arrange(accepted), rejected };
  };
}

function readersFor(known: KnownIds): Readers {
  return {
    view: single(check(snakeCase, z.enum(views))),
    indicator: single(knownId(snakeCase, known.indicators)),
    category: single(knownId(slug, known.categories)),
    jurisdictions: list(knownPlace(known), unique),
    years: list(check(fourDigitYear, z.coerce.number().refine((year) => known.years.has(year))), ascendingUnique),
    method: single(check(snakeCase, z.enum(methodFilters))),
    scope: single(check(snakeCase, z.enum(scopeFilters))),
    sort: single(check(snakeCase, z.enum(sortOrders))),
    top: single(check(smallCount, z.coerce.number().max(maxTop))),
    lang: single(check(snakeCase, z.enum(langs))),
    source: single(check(observationId, z.string())),
    localReports: list(check(slug, z.string()), unique),
    reports: list(knownReport(known), (ids) => unique(ids).slice(0, maxReaderReports)),
    at: single(check(offset, z.coerce.number())),
    query: single(text(maxQueryLength)),
    indicator2: single(knownId(snakeCase, known.indicators)),
    mix: single(check(flag, z.literal('1').transform(() => true))),
    sql: single(text(maxSqlLength)),
    embed: single(check(flag, z.literal('1').transform(() => true))),
  };
}

function readField<F extends keyof ViewState>(state: ViewState, field: F, raw: string, readers: Readers): Notice[] {
  const { value, rejected } = readers[field](raw);
  if (value !== undefined) state[field] = value;
  return rejected.map((rejection) => ({ param: paramOf[field], ...rejection }));
}

function readParam(state: ViewState, param: string, raw: string, readers: Readers): Notice[] {
  if (param === versionParam) {
    // Other versions are still read as version 1: a half-understood link beats a blank dashboard.
    return raw === '' || raw === currentVersion ? [] : [{ param, value: raw, reason: 'unsupported_version' }];
  }
  const field = fieldOf.get(param);
  if (field === undefined) return [{ param, value: raw, reason: 'unknown_param' }];
  return raw === '' ? [] : readField(state, field, raw, readers);
}

export function parseViewState(search: string, known: KnownIds): { state: ViewState; notices: Notice[] } {
  const params = new URLSearchParams(search); // drops a leading '?' and never throws on bad percent-encoding
  const readers = readersFor(known);
  const state: ViewState = { ...defaultViewState };
  // get() returns the first value, so repeated keys are read once.
  const notices = [...new Set(params.keys())].flatMap((param) =>
    readParam(state, param, params.get(param) ?? '', readers),
  );
  return { state, notices };
}

const asText = (value: ViewState[keyof ViewState]): string =>
  value === null || value === false ? '' : value === true ? '1' : Array.isArray(value) ? value.join(',') : String(value);

// Commas, slashes and colons stay literal so lists, observation ids and place groups remain readable in the address bar.
const encodeValue = (text: string) => encodeURIComponent(text).replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');

export function serializeViewState(state: ViewState): string {
  const canonical = { ...state, jurisdictions: unique(state.jurisdictions), years: ascendingUnique(state.years), localReports: unique(state.localReports), reports: unique(state.reports) };
  const changed = fields.filter((field) => asText(canonical[field]) !== asText(defaultViewState[field]));
  if (changed.length === 0) return '';
  const pairs = changed.map((field) => `${paramOf[field]}=${encodeValue(asText(canonical[field]))}`);
  return [`${versionParam}=${currentVersion}`, ...pairs].join('&');
}
