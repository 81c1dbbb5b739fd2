import { z } from 'zod';

/** The columns every query returns for one observation, as DuckDB gives them back. */
export const observationFields = {
  observation_id: z.string(),
  indicator_id: z.string(),
  report_id: z.string(),
  jurisdiction_id: z.string(),
  name_zh: z.string(),
  name_en: z.string(),
  year: z.number().int(),
  value: z.number(),
  value_text: z.string().nullable(),
  unit: z.string(),
  qualifier: z.string(),
  scope: z.string(),
  method: z.string(),
  quote: z.string().nullable(),
  flag: z.string().nullable(),
  flag_note: z.string().nullable(),
  curation_note: z.string().nullable(),
  body_level: z.string(),
};
