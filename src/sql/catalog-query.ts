import { z } from 'zod';
import { isLocalSql } from './local-marks';
import { readsNoObservations, type Query } from './query';

export const indicatorOptionSchema = z.object({
  indicator_id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  category: z.string(),
  category_name_zh: z.string(),
  category_name_en: z.string(),
  unit: z.string(),
  formula: z.string().nullable(),
  observations: z.number().int(),
  jurisdictions: z.number().int(),
});
export type IndicatorOption = z.infer<typeof indicatorOptionSchema>;

/** Every indicator, with how many observations and jurisdictions it has, so pickers can say what is empty. */
export const indicatorOptionsQuery: Query = {
  sql: `
SELECT i.indicator_id, i.name_zh, i.name_en, i.category, i.category_name_zh, i.category_name_en, i.unit, i.formula,
  CAST(count(o.observation_id) AS INTEGER) AS observations,
  CAST(count(DISTINCT o.jurisdiction_id) AS INTEGER) AS jurisdictions
FROM indicators i LEFT JOIN observations o USING (indicator_id)
GROUP BY ALL ORDER BY i.category, i.indicator_id`,
  params: [],
};

export const indicatorNoteSchema = z.object({
  indicator_id: z.string(),
  definition_zh: z.string(),
  definition_en: z.string(),
  comparability_en: z.string().nullable(),
});
export type IndicatorNote = z.infer<typeof indicatorNoteSchema>;

/**
 * What each indicator means, for the note under its chart. Kept out of the options so that the
 * bundle carries only the default view's notes, however large the catalog grows.
 */
export const indicatorNotesQuery: Query = {
  sql: 'SELECT indicator_id, definition_zh, definition_en, comparability_en FROM indicators ORDER BY indicator_id',
  params: [],
  reads: readsNoObservations,
};

/** What every option naming a place says of it. */
const placeFields = {
  jurisdiction_id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  admin_level: z.string(),
  division_code: z.string(),
  parent_code: z.string().nullable(),
};

export const placeOptionSchema = z.object({
  ...placeFields,
  /** Years with a report: a year without one is "no report", not "not reported". */
  years: z.array(z.number().int()),
  /** Known only from reports kept in this browser. */
  is_local: z.boolean(),
});
export type PlaceOption = z.infer<typeof placeOptionSchema>;

/**
 * Every place, once, with the years it has a report for: what the place picker, place groups and
 * prebaked cells are drawn from, bundled so that thousands of places need no engine and no report list.
 */
export const placeOptionsQuery: Query = {
  sql: `
SELECT j.jurisdiction_id, j.name_zh, j.name_en, j.admin_level, j.division_code, j.parent_code,
  coalesce(list_sort(list(DISTINCT CAST(r.year AS INTEGER)) FILTER (WHERE r.year IS NOT NULL)), []) AS years,
  coalesce(bool_and(${isLocalSql('r')}), false) AS is_local
FROM jurisdictions j LEFT JOIN reports r USING (jurisdiction_id)
GROUP BY ALL ORDER BY j.jurisdiction_id`,
  params: [],
  reads: readsNoObservations,
};

export const reportOptionSchema = z.object({
  report_id: z.string(),
  ...placeFields,
  year: z.number().int(),
  title_zh: z.string(),
  reporting_body_zh: z.string(),
  reporting_body_en: z.string(),
  body_level: z.string(),
  published_date: z.string().nullable(),
  /** Kept in this browser, not published. */
  is_local: z.boolean(),
});
export type ReportOption = z.infer<typeof reportOptionSchema>;

const reportOptionsSql = (where: string) => `
SELECT r.report_id, r.jurisdiction_id, j.name_zh, j.name_en, j.admin_level, j.division_code, j.parent_code, CAST(r.year AS INTEGER) AS year,
  r.title_zh, r.reporting_body_zh, r.reporting_body_en, r.body_level, r.published_date, ${isLocalSql('r')} AS is_local
FROM reports r JOIN jurisdictions j USING (jurisdiction_id)${where}
ORDER BY j.jurisdiction_id, r.year, r.report_id`;

/** Every report with its jurisdiction: the source of the jurisdiction and year pickers. */
export const reportOptionsQuery: Query = { sql: reportOptionsSql(''), params: [], reads: readsNoObservations };

/** The reports kept in this browser, which the catalog computed with the published tables cannot list. */
export const localReportOptionsQuery: Query = { sql: reportOptionsSql(`\nWHERE ${isLocalSql('r')}`), params: [], reads: readsNoObservations };
