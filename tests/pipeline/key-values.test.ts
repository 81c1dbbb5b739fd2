import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../scripts/io/duckdb';
import { openPublishedTables, readRows } from '../helpers/duckdb';

type Expected = [indicator: string, scope: string, value: number, qualifier?: string];

/** Figures read by a person from each report's text, checked against the published Parquet. */
const keyValues: Record<string, Expected[]> = {
  'xingan-2022': [
    ['party_committee_law_study_sessions', 'not_stated', 16],
    ['pre_meeting_law_study_sessions', 'government_own_level', 12],
    ['legal_lectures', 'not_stated', 89],
    ['power_list_items_before', 'not_stated', 820],
    ['power_list_items_after', 'not_stated', 772],
    ['power_list_items_cancelled', 'not_stated', 44],
    ['lenient_enforcement_list_items', 'not_stated', 80],
    ['no_penalty_list_items', 'not_stated', 37],
    ['lighter_penalty_list_items', 'not_stated', 25],
    ['mitigated_penalty_list_items', 'not_stated', 18],
    ['disputes_resolved', 'not_stated', 269],
    ['agency_head_court_appearance_rate', 'not_stated', 100],
    ['publicity_materials_distributed', 'not_stated', 20000, 'at_least'],
  ],
  'xilingol-2020': [
    ['power_list_items_before', 'government_own_level', 6327],
    ['power_list_items_after', 'government_own_level', 5938],
    ['power_list_items_cancelled_or_delegated', 'government_own_level', 522],
    ['online_applications_handled', 'not_stated', 43500],
    ['mediation_cases', 'not_stated', 4489],
    ['mediation_successful', 'not_stated', 4450],
    ['mediation_success_rate', 'not_stated', 99.13],
    ['mediation_amount_involved', 'not_stated', 203811000],
    ['judicial_confirmations', 'not_stated', 473],
    ['reconsideration_handled', 'not_stated', 233],
    ['administrative_litigation_cases', 'not_stated', 130],
    ['legal_aid_cases', 'not_stated', 2811],
    ['hotline_12348_calls', 'not_stated', 8266],
    ['disciplinary_cases_filed', 'jurisdiction_wide', 515],
    ['press_conferences', 'government_own_level', 22],
  ],
  'harbin-2022': [
    ['mediation_cases', 'jurisdiction_wide', 29764],
    ['mediation_successful', 'jurisdiction_wide', 29234],
    ['mediation_success_rate', 'jurisdiction_wide', 98.2],
    ['reconsideration_accepted', 'government_own_level', 1758],
    ['reconsideration_concluded', 'government_own_level', 1754],
    ['new_market_entities_registered', 'not_stated', 163000],
    ['arbitration_cases', 'not_stated', 5137],
    ['arbitration_amount', 'not_stated', 12270000000],
    ['normative_documents_cleanup_reviewed', 'not_stated', 1284],
    ['normative_documents_abolished', 'not_stated', 163],
    ['hotline_12345_contacts', 'not_stated', 2419000],
    ['npc_suggestions_handled', 'not_stated', 525],
    ['cppcc_proposals_handled', 'not_stated', 720],
    ['enforcement_officers', 'jurisdiction_wide', 15142],
    ['legal_publicity_audience', 'not_stated', 3000000, 'at_least'],
  ],
  'lianyungang-2020': [
    ['reconsideration_received', 'jurisdiction_wide', 471],
    ['reconsideration_accepted', 'jurisdiction_wide', 411],
    ['reconsideration_acceptance_rate', 'jurisdiction_wide', 88.4],
    ['reconsideration_concluded', 'jurisdiction_wide', 403],
    ['reconsideration_received', 'government_own_level', 126],
    ['reconsideration_concluded', 'government_own_level', 110],
    ['reconsideration_settled_withdrawn', 'government_own_level', 52],
    ['arbitration_cases', 'not_stated', 292],
    ['arbitration_amount', 'not_stated', 826000000],
    ['administrative_mediation_cases', 'jurisdiction_wide', 17850],
    ['administrative_mediation_success_rate', 'jurisdiction_wide', 93.5],
    ['agency_head_court_appearance_rate', 'jurisdiction_wide', 97.51],
    ['normative_documents_cleanup_reviewed', 'not_stated', 597],
    ['normative_documents_abolished', 'not_stated', 178],
    ['hotline_12345_contacts', 'not_stated', 830500],
    ['enterprises_inspected', 'not_stated', 5830],
  ],
  'yueyang-civil-defence-2022': [
    ['rule_of_law_leadership_meetings', 'department_only', 6],
    ['rule_of_law_inspections', 'department_only', 4],
    ['case_file_review_rounds', 'department_only', 2],
    ['government_legal_advisers', 'department_only', 2],
    ['major_enforcement_decision_reviews', 'department_only', 42],
    ['legal_publicity_events', 'department_only', 15],
    ['legal_lectures', 'department_only', 32],
    ['party_group_law_study_sessions', 'department_only', 8],
    ['enforcement_certification_rate', 'department_only', 95],
    ['legal_publicity_audience', 'department_only', 5000, 'at_least'],
  ],
};

let db: Database;
beforeAll(async () => {
  db = await openPublishedTables();
});
afterAll(() => db.close());

describe.each(Object.entries(keyValues))('%s', (reportId, expected) => {
  it.each(expected)('%s (%s) = %d', async (indicatorId, scope, value, qualifier = 'exact') => {
    const rows = await readRows(
      db,
      `SELECT value, qualifier, quote FROM observations
       WHERE report_id = $report AND indicator_id = $indicator AND scope = $scope AND method = 'reported'`,
      { report: reportId, indicator: indicatorId, scope },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value, qualifier });
  });
});

describe('comparable families', () => {
  const families = [
    'mediation_cases', 'mediation_success_rate', 'reconsideration_concluded', 'reconsideration_accepted',
    'administrative_litigation_cases', 'agency_head_court_appearance_rate', 'power_list_items_before',
    'normative_documents_abolished', 'normative_documents_cleanup_reviewed', 'legality_reviews',
    'major_decisions_catalogued', 'pre_meeting_law_study_sessions', 'case_file_review_rounds',
    'lenient_enforcement_list_items', 'enforcement_officers', 'legal_consultations', 'hotline_12345_contacts',
    'npc_suggestions_handled', 'cppcc_proposals_handled', 'audit_projects', 'arbitration_cases',
    'arbitration_amount', 'press_conferences', 'government_information_published', 'legal_publicity_events',
    'emergency_plans',
  ];

  it.each(families)('%s is reported by at least two jurisdictions, each with a quote', async (indicatorId) => {
    const rows = await readRows(
      db,
      `SELECT count(DISTINCT jurisdiction_id) AS jurisdictions, count(*) FILTER (WHERE quote IS NULL) AS without_quote
       FROM observations WHERE indicator_id = $indicator AND method = 'reported'`,
      { indicator: indicatorId },
    );
    expect(Number(rows[0].jurisdictions)).toBeGreaterThanOrEqual(2);
    expect(Number(rows[0].without_quote)).toBe(0);
  });

  it('covers at least 60 indicators in 10 categories in the catalog', async () => {
    const [row] = await readRows(db, 'SELECT count(*) AS indicators, count(DISTINCT category) AS categories FROM indicators');
    expect(Number(row.indicators)).toBeGreaterThanOrEqual(60);
    expect(Number(row.categories)).toBeGreaterThanOrEqual(10);
  });

  it('takes no plan for an outcome', async () => {
    const rows = await readRows(
      db,
      `SELECT mention, section, disposition, reason FROM mentions WHERE report_id = 'yueyang-civil-defence-2022' AND mention = '不少于8次'`,
    );
    expect(rows).toEqual([{ mention: '不少于8次', section: 'target', disposition: 'not_indicator', reason: 'plan_or_target' }]);
  });
});

describe('the audit of 2026-11-24, mended', () => {
  it('flags a count of lectures and publicity sessions together as combined', async () => {
    const [row] = await readRows(db, `SELECT flag FROM observations WHERE observation_id = 'xingan-2022/legal_lectures/not_stated'`);
    expect(row).toEqual({ flag: 'combined_count' });
  });

  it('takes the 全市 inside a document title for no scope cue, and 市政府 as the subject for the government’s own level', async () => {
    const rows = await readRows(
      db,
      `SELECT observation_id FROM observations
       WHERE observation_id IN ('lianyungang-2020/major_decisions_catalogued/government_own_level',
         'harbin-2022/reconsideration_accepted/government_own_level', 'harbin-2022/reconsideration_concluded/government_own_level',
         'harbin-2022/reconsideration_conclusion_rate/government_own_level/derived')
       ORDER BY observation_id`,
    );
    expect(rows).toHaveLength(4);
  });
});
