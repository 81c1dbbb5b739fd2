import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopes } from '../../src/domain/observation';
import {
  defaultViewState,
  langs,
  methodFilters,
  parseViewState,
  scopeFilters,
  serializeViewState,
  sortOrders,
  viewStateSchema,
  views,
  type KnownIds,
  type ViewState,
} from '../../src/state/view-state';

const indicators = ['mediation_success_rate', 'mediation_cases', 'reconsideration_received', 'power_list_items_after'];
const categories = ['mediation', 'reconsideration', 'government_functions'];
const jurisdictions = ['harbin', 'xilingol', 'lianyungang', 'hegang-xingan', 'yueyang'];
const years = [2020, 2021, 2022];
const reports = ['harbin-2022', 'xilingol-2020', 'yueyang-civil-defence-2022'];

const known: KnownIds = {
  indicators: new Set(indicators),
  categories: new Set(categories),
  jurisdictions: new Set(jurisdictions),
  years: new Set(years),
  reports: new Set(reports),
  places: [
    { jurisdiction_id: 'harbin', division_code: '230100', parent_code: '230000', admin_level: 'prefecture_city' },
    { jurisdiction_id: 'hegang-xingan', division_code: '230405', parent_code: '230400', admin_level: 'district' },
  ],
};

const parse = (search: string) => parseViewState(search, known);

describe('view state examples', () => {
  it('serializes the defaults to an empty string and parses it back', () => {
    expect(serializeViewState(defaultViewState)).toBe('');
    expect(parse('')).toEqual({ state: defaultViewState, notices: [] });
  });

  it('writes only what differs from the defaults, in fixed key order', () => {
    const state: ViewState = { ...defaultViewState, view: 'trend', jurisdictions: ['harbin', 'xilingol'], lang: 'en' };
    expect(serializeViewState(state)).toBe('v=1&view=trend&j=harbin,xilingol&lang=en');
    expect(parse('v=1&view=trend&j=harbin,xilingol&lang=en')).toEqual({ state, notices: [] });
  });

  it('keeps slashes in the source id readable', () => {
    const source = 'xilingol-2020/mediation_success_rate/not_stated/derived';
    expect(serializeViewState({ ...defaultViewState, source })).toBe(`v=1&src=${source}`);
    expect(parse(`src=${source}`).state.source).toBe(source);
  });

  it('sorts and de-duplicates years', () => {
    expect(parse('y=2022,2020,2022,2021').state.years).toEqual([2020, 2021, 2022]);
    expect(serializeViewState({ ...defaultViewState, years: [2022, 2020, 2022] })).toBe('v=1&y=2020,2022');
  });

  it('drops a bad jurisdiction among good ones with a notice, and drops duplicates silently', () => {
    const { state, notices } = parse('j=harbin,atlantis,yueyang,harbin,Bad!');
    expect(state.jurisdictions).toEqual(['harbin', 'yueyang']);
    expect(notices).toEqual([
      { param: 'j', value: 'atlantis', reason: 'unknown_value' },
      { param: 'j', value: 'Bad!', reason: 'malformed' },
    ]);
  });

  it('keeps the default for an invalid single value', () => {
    expect(parse('view=map&ind=Mediation&y=1999,20x1')).toEqual({
      state: defaultViewState,
      notices: [
        { param: 'view', value: 'map', reason: 'unknown_value' },
        { param: 'ind', value: 'Mediation', reason: 'malformed' },
        { param: 'y', value: '1999', reason: 'unknown_value' },
        { param: 'y', value: '20x1', reason: 'malformed' },
      ],
    });
    expect(parse('src=harbin-2022/../etc').notices).toEqual([{ param: 'src', value: 'harbin-2022/../etc', reason: 'malformed' }]);
  });


  it('reads the top and bottom N as a small count, and refuses any other', () => {
    expect(parse('top=10').state.top).toBe(10);
    expect(serializeViewState({ ...defaultViewState, top: 10 })).toBe('v=1&top=10');
    expect(parse('top=0&lang=en').notices).toEqual([{ param: 'top', value: '0', reason: 'malformed' }]);
    expect(parse('top=101').notices).toEqual([{ param: 'top', value: '101', reason: 'unknown_value' }]);
    expect(parse('top=-5').state.top).toBeNull();
  });
  it('ignores an unknown parameter with a notice', () => {
    expect(parse('view=table&zoom=3')).toEqual({
      state: { ...defaultViewState, view: 'table' },
      notices: [{ param: 'zoom', value: '3', reason: 'unknown_param' }],
    });
  });

  it('reads an unsupported version as version 1 with a notice', () => {
    expect(parse('v=2&lang=en')).toEqual({
      state: { ...defaultViewState, lang: 'en' },
      notices: [{ param: 'v', value: '2', reason: 'unsupported_version' }],
    });
  });

  it('accepts a leading question mark', () => {
    expect(parse('?v=1&m=derived').state).toEqual({ ...defaultViewState, method: 'derived' });
  });

  it('uses the first of repeated keys', () => {
    expect(parse('lang=en&lang=zh&lang=fr')).toEqual({ state: { ...defaultViewState, lang: 'en' }, notices: [] });
  });

  it('reads the workbench fields and refuses what they cannot hold', () => {
    expect(parse('view=read&r=harbin-2022,xilingol-2020,yueyang-civil-defence-2022&at=1200').state).toMatchObject({ view: 'read', reports: ['harbin-2022', 'xilingol-2020'], at: 1200 });
    expect(parse('r=nowhere-2020').notices).toEqual([{ param: 'r', value: 'nowhere-2020', reason: 'unknown_value' }]);
    expect(parse('q=%E5%A4%8D%E8%AE%AE').state.query).toBe('复议');
    expect(parse(`q=${'复'.repeat(101)}`).notices).toMatchObject([{ param: 'q', reason: 'malformed' }]);
    expect(parse('sql=DROP%00TABLE').notices).toMatchObject([{ param: 'sql', reason: 'malformed' }]);
    expect(parse('ind2=mediation_cases&mix=1&embed=1').state).toMatchObject({ indicator2: 'mediation_cases', mix: true, embed: true });
    expect(parse('mix=yes&embed=2').notices.map((n) => n.reason)).toEqual(['malformed', 'malformed']);
  });

  it('treats empty values as the default without a notice', () => {
    expect(parse('v=&view=&j=&y=&cat=&src=')).toEqual({ state: defaultViewState, notices: [] });
  });
});

const validState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...views),
  indicator: fc.constantFrom(...indicators),
  category: fc.option(fc.constantFrom(...categories), { nil: null }),
  jurisdictions: fc.array(fc.constantFrom(...jurisdictions, 'g:230000-children', 'g:230405-peers', 'g:level-county'), { maxLength: 7 }),
  years: fc.array(fc.constantFrom(...years), { maxLength: 5 }),
  method: fc.constantFrom(...methodFilters),
  scope: fc.constantFrom(...scopeFilters),
  sort: fc.constantFrom(...sortOrders),
  top: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  lang: fc.constantFrom(...langs),
  source: fc.option(
    fc
      .tuple(
        fc.constantFrom(...jurisdictions),
        fc.constantFrom(...years),
        fc.constantFrom(...indicators),
        fc.constantFrom(...scopes),
        fc.boolean(),
      )
      .map(([place, year, indicator, scope, derived]) => `${place}-${year}/${indicator}/${scope}${derived ? '/derived' : ''}`),
    { nil: null },
  ),
  localReports: fc.array(
    fc.tuple(fc.integer({ min: 110000, max: 659999 }), fc.constantFrom(...years)).map(([code, year]) => `cn-${code}-${year}`),
    { maxLength: 3 },
  ),
  reports: fc.uniqueArray(fc.constantFrom(...reports), { maxLength: 2 }),
  at: fc.option(fc.integer({ min: 0, max: 9_999_999 }), { nil: null }),
  query: fc.string({ maxLength: 100 }).filter((text) => viewStateSchema.shape.query.safeParse(text).success),
  indicator2: fc.option(fc.constantFrom(...indicators), { nil: null }),
  mix: fc.boolean(),
  sql: fc.oneof(fc.constant('SELECT * FROM observations\nWHERE value > 10 AND unit = \'percent\';'), fc.string({ maxLength: 300 }).filter((text) => viewStateSchema.shape.sql.safeParse(text).success)),
  embed: fc.boolean(),
});

const normalized = (state: ViewState): ViewState => ({
  ...state,
  jurisdictions: [...new Set(state.jurisdictions)],
  years: [...new Set(state.years)].toSorted((a, b) => a - b),
  localReports: [...new Set(state.localReports)],
});

const brokenPercent = fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%%', '%C3', '%F0%9F%98', '%u2603');
const messyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
  brokenPercent,
  fc.constantFrom(...indicators, ...jurisdictions, '2021', 'en', 'trend', ','),
);
const messyKey = fc.oneof(fc.constantFrom('v', 'view', 'ind', 'cat', 'j', 'y', 'm', 's', 'sort', 'lang', 'src', 'lr', 'r', 'at', 'q', 'ind2', 'mix', 'sql', 'embed'), messyText);
const messyQuery = fc
  .tuple(fc.constantFrom('', '?', '??', '#'), fc.array(fc.tuple(messyKey, fc.option(messyText)), { maxLength: 12 }))
  .map(([prefix, pairs]) => prefix + pairs.map(([key, value]) => (value === null ? key : `${key}=${value}`)).join('&'));

describe('view state properties', () => {
  it('round-trips any valid state without notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseViewState(serializeViewState(state), known)).toEqual({ state: normalized(state), notices: [] });
      }),
    );
  });

  it('serializes deterministically and stably', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serializeViewState(state);
        expect(serializeViewState(state)).toBe(search);
        expect(serializeViewState(parse(search).state)).toBe(search);
      }),
    );
  });

  it('never throws and always yields a schema-valid state, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true }), messyQuery), (search) => {
        const { state } = parse(search);
        expect(() => viewStateSchema.parse(state)).not.toThrow();
        expect(serializeViewState(parse(serializeViewState(state)).state)).toBe(serializeViewState(state));
      }),
      { numRuns: 500 },
    );
  });
});
