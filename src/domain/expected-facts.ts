import { z } from 'zod';
import { jurisdictionSchema, reportSchema } from './catalog';
import { notIndicatorClass } from './mentions';
import { qualifier, scope } from './observation';

/** A number located by a verbatim piece of text around it, found exactly once in the report. */
const anchored = { anchor: z.string().min(1), number: z.string().min(1) };

export const expectedFactSchema = z.strictObject({
  ...anchored,
  indicator: z.string().regex(/^[a-z][a-z0-9_]*$/),
  value: z.number().finite(),
  qualifier,
  scope,
});
export type ExpectedFact = z.infer<typeof expectedFactSchema>;

export const expectedNonIndicatorSchema = z.strictObject({ ...anchored, class: notIndicatorClass });
export type ExpectedNonIndicator = z.infer<typeof expectedNonIndicatorSchema>;

/** What a person read from one report: tests/fixtures/extraction/{seeds,dev}/*.json. */
export const expectedFactsFileSchema = z.strictObject({
  report: reportSchema.optional(),
  jurisdiction: jurisdictionSchema.optional(),
  facts: z.array(expectedFactSchema),
  non_indicators: z.array(expectedNonIndicatorSchema),
});
export type ExpectedFactsFile = z.infer<typeof expectedFactsFileSchema>;
