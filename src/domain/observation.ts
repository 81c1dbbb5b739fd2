import { z } from 'zod';
import { slugId, unit } from './catalog';

export const qualifiers = ['exact', 'at_least', 'approx', 'at_most'] as const;
export const qualifier = z.enum(qualifiers);
export type Qualifier = z.infer<typeof qualifier>;

/** Who the figure covers: the whole jurisdiction (全市), the government's own level (市本级), one department's work, or not said. */
export const scopes = ['jurisdiction_wide', 'government_own_level', 'department_only', 'not_stated'] as const;
export const scope = z.enum(scopes);
export type Scope = z.infer<typeof scope>;

export const methods = ['reported', 'derived'] as const;
export const method = z.enum(methods);

/** Derived-vs-stated disagreements come from SQL; combined counts and unclear periods are marked by the extractor. */
export const flags = ['disagrees_with_derived', 'disagrees_with_reported', 'combined_count', 'period_unclear'] as const;
export type ObservationFlag = (typeof flags)[number];

const indicatorId = z.string().regex(/^[a-z][a-z0-9_]*$/);

export const observationSchema = z.strictObject({
  observation_id: z.string().min(1),
  report_id: slugId,
  jurisdiction_id: slugId,
  year: z.number().int(),
  indicator_id: indicatorId,
  value: z.number().finite(),
  value_text: z.string().nullable(),
  unit,
  qualifier,
  scope,
  method,
  derived_from: z.string().nullable(),
  quote: z.string().min(1).nullable(),
  quote_start: z.number().int().nonnegative().nullable(),
  quote_end: z.number().int().positive().nullable(),
  flag: z.enum(flags).nullable(),
  flag_note: z.string().nullable(),
  curation_note: z.string().nullable(),
});
export type Observation = z.infer<typeof observationSchema>;
