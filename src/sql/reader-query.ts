import { z } from 'zod';
import { notIndicatorClass } from '../domain/mentions';
import { readsNoObservations, type Query } from './query';
import { isLocalSql } from './local-marks';

/** The indicators a report's claimed numbers stand for: the observation partitions the marks query reads. */
export function claimedIndicatorsQuery(reportIds: readonly string[]): Query {
  const sql = `
SELECT DISTINCT split_part(id, '/', 2) AS indicator_id
FROM (SELECT unnest(string_split(observation_id, ';')) AS id FROM mentions
      WHERE disposition = 'claimed' AND list_contains(string_split($1, ','), report_id))
ORDER BY indicator_id`;
  return { sql, params: [reportIds.join(',')], reads: readsNoObservations, extras: ['mentions'] };
}

export const claimedIndicatorRowSchema = z.object({ indicator_id: z.string() });

const markRowSchema = z.object({
  report_id: z.string(),
  mention_start: z.number().int(),
  mention_end: z.number().int(),
  mention: z.string(),
  disposition: z.enum(['claimed', 'not_indicator', 'unclaimed']),
  reason: notIndicatorClass.nullable(),
  candidate_indicator_id: z.string().nullable(),
  note: z.string().nullable(),
  observation_id: z.string().nullable(),
  indicator_id: z.string().nullable(),
  indicator_name_zh: z.string().nullable(),
  indicator_name_en: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  scope: z.string().nullable(),
  method: z.string().nullable(),
  year: z.number().int().nullable(),
});
type MarkRow = z.infer<typeof markRowSchema>;

export interface MarkedObservation {
  observation_id: string;
  indicator_id: string;
  indicator_name_zh: string;
  indicator_name_en: string;
  value: number;
  unit: string;
  qualifier: string;
  scope: string;
  method: string;
  year: number;
}

/** One number of a report and what became of it; a claimed one with the observations it stands for. */
export interface Mark {
  report_id: string;
  mention_start: number;
  mention_end: number;
  mention: string;
  disposition: MarkRow['disposition'];
  reason: MarkRow['reason'];
  candidate_indicator_id: string | null;
  note: string | null;
  /** The observation ids a claimed number stands for, as the mention names them. */
  observation_ids: string[];
  /** Those of them whose observations were read. */
  observations: MarkedObservation[];
}

/** An observation id is report/indicator/scope[/derived]. */
export const indicatorOfObservation = (observationId: string) => observationId.split('/')[1];

/**
 * Every mention of the reports ($1, comma-joined ids), one row per mention and observation it claims
 * (a 均 number claims several): the indicators `indicatorIds` names are those whose observations are read.
 */
export function readerMarksQuery(reportIds: readonly string[], indicatorIds: readonly string[]): Query {
  const sql = `
WITH picked AS (
  SELECT m.*, row_number() OVER () AS mention_row FROM mentions m WHERE list_contains(string_split($1, ','), m.report_id)
),
claims AS (
  SELECT mention_row, unnest(string_split(observation_id, ';')) AS claimed_id FROM picked WHERE observation_id IS NOT NULL
)
SELECT p.report_id, CAST(p.mention_start AS INTEGER) AS mention_start, CAST(p.mention_end AS INTEGER) AS mention_end, p.mention,
  p.disposition, p.reason, p.candidate_indicator_id, p.note, c.claimed_id AS observation_id,
  o.indicator_id, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en,
  o.value, o.unit, o.qualifier, o.scope, o.method, CAST(o.year AS INTEGER) AS year
FROM picked p
LEFT JOIN claims c USING (mention_row)
LEFT JOIN observations o ON o.observation_id = c.claimed_id
LEFT JOIN indicators i ON i.indicator_id = o.indicator_id
ORDER BY p.report_id, p.mention_start, c.claimed_id`;
  return { sql, params: [reportIds.join(',')], reads: { indicators: indicatorIds }, extras: ['mentions'] };
}

function observationOf(row: MarkRow): MarkedObservation | null {
  if (row.observation_id === null || row.indicator_id === null) return null;
  return {
    observation_id: row.observation_id, indicator_id: row.indicator_id, indicator_name_zh: row.indicator_name_zh ?? row.indicator_id,
    indicator_name_en: row.indicator_name_en ?? row.indicator_id, value: row.value!, unit: row.unit!, qualifier: row.qualifier!,
    scope: row.scope!, method: row.method!, year: row.year!,
  };
}

/** The rows of readerMarksQuery folded into one mark per mention, in the order of the text. */
export function marksOf(rows: unknown[]): Mark[] {
  const marks = new Map<string, Mark>();
  for (const row of markRowSchema.array().parse(rows)) {
    const key = `${row.report_id}|${row.mention_start}`;
    const mark = marks.get(key) ?? {
      report_id: row.report_id, mention_start: row.mention_start, mention_end: row.mention_end, mention: row.mention, disposition: row.disposition,
      reason: row.reason, candidate_indicator_id: row.candidate_indicator_id, note: row.note, observation_ids: [], observations: [],
    };
    if (row.observation_id !== null) mark.observation_ids.push(row.observation_id);
    const observation = observationOf(row);
    if (observation) mark.observations.push(observation);
    marks.set(key, mark);
  }
  return [...marks.values()];
}

export const reportTextRowSchema = z.object({ report_id: z.string(), text_sha256: z.string(), text_length: z.number().int() });

/** What a report's text must be: its length and SHA-256 as the reports table records them. */
export function reportTextsQuery(reportIds: readonly string[]): Query {
  return {
    sql: `SELECT report_id, text_sha256, CAST(text_length AS INTEGER) AS text_length FROM reports
WHERE ($1 = '' OR list_contains(string_split($1, ','), report_id)) AND NOT ${isLocalSql('reports')} ORDER BY report_id`,
    params: [reportIds.join(',')],
    reads: readsNoObservations,
  };
}
