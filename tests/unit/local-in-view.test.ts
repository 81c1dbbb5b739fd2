import { describe, expect, it } from 'vitest';
import { localReportIdOf, placeAndYearOf } from '../../src/domain/local-report-id';
import type { ReportOption } from '../../src/sql/catalog-query';
import { foreignReportsOf, localReportsDrawn, unexplainedNotices } from '../../src/state/local-in-view';
import { defaultViewState, parseViewState, serializeViewState } from '../../src/state/view-state';

const option = (report_id: string, jurisdiction_id: string, year: number) => ({ report_id, jurisdiction_id, year }) as ReportOption;
const kept = [option('cn-130123-2024', 'cn-130123', 2024), option('harbin-2023', 'harbin', 2023)];
const known = { indicators: new Set(['mediation_success_rate']), categories: new Set<string>(), jurisdictions: new Set(['harbin']), years: new Set([2022]), reports: new Set<string>(), places: [] };

describe('local report ids', () => {
  it('name their place and year, for a government and a department alike', async () => {
    expect(await localReportIdOf('cn-130123', 2024, '正定县人民政府', 'government')).toBe('cn-130123-2024');
    const department = await localReportIdOf('cn-130123', 2024, '正定县司法局', 'department');
    expect(department).toMatch(/^cn-130123-2024-dept-[0-9a-f]{8}$/);
    expect(placeAndYearOf(department)).toEqual({ jurisdictionId: 'cn-130123', year: 2024 });
    expect(placeAndYearOf('hegang-xingan-2022')).toEqual({ jurisdictionId: 'hegang-xingan', year: 2022 });
    expect(placeAndYearOf('no-year-here')).toBeNull();
  });
});

describe('local reports in a view and its link', () => {
  it('names the kept reports the view draws: all where it names no place or year, else those it names', () => {
    expect(localReportsDrawn({ jurisdictions: [], years: [] }, kept)).toEqual(['cn-130123-2024', 'harbin-2023']);
    expect(localReportsDrawn({ jurisdictions: ['harbin'], years: [] }, kept)).toEqual(['harbin-2023']);
    expect(localReportsDrawn({ jurisdictions: [], years: [2022] }, kept)).toEqual([]);
  });

  it('tells, on a machine without them, which reports the link was made with, and folds their unknown places and years into that', () => {
    const { state, notices } = parseViewState('v=1&j=cn-130123,harbin,nowhere&y=2022,2024&lr=cn-130123-2024', known);
    expect(state.jurisdictions).toEqual(['harbin']);
    const foreign = foreignReportsOf(state, []);
    expect(foreign).toEqual([{ reportId: 'cn-130123-2024', jurisdictionId: 'cn-130123', year: 2024 }]);
    expect(unexplainedNotices(notices, foreign)).toEqual([{ param: 'j', value: 'nowhere', reason: 'unknown_value' }]);
    expect(foreignReportsOf(state, kept)).toEqual([]);
  });

  it('round-trips the local reports of a link', () => {
    const state = { ...defaultViewState, localReports: ['cn-130123-2024', 'harbin-2023'] };
    expect(serializeViewState(state)).toBe('v=1&lr=cn-130123-2024,harbin-2023');
    expect(parseViewState(serializeViewState(state), known).state).toEqual(state);
  });
});
