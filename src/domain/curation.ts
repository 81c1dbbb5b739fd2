import { z } from 'zod';
import { slugId } from './catalog';
import { notIndicatorClass } from './mentions';
import { qualifier, scope } from './observation';

const reason = z.string().min(10, 'say why, in a sentence');
const indicatorId = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** An analyst's decision about the extractor's output, applied after extraction and validated like it. */
export const curationSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('add'),
    report_id: slugId,
    indicator_id: indicatorId,
    quote: z.string().min(1),
    quote_start: z.number().int().nonnegative(),
    value: z.number().finite(),
    value_text: z.string().min(1),
    qualifier,
    scope,
    reason,
  }),
  z.strictObject({
    action: z.literal('correct'),
    observation_id: z.string().min(1),
    set: z
      .strictObject({ value: z.number().finite(), qualifier, scope, indicator_id: indicatorId })
      .partial()
      .refine((s) => Object.keys(s).length > 0, 'set at least one field'),
    reason,
  }),
  /** Not a figure after all: the number it was read from gets the class given. */
  z.strictObject({
    action: z.literal('reject'),
    observation_id: z.string().min(1),
    class: notIndicatorClass,
    reason,
  }),
  /** A number no indicator claims, classed by hand: `mention` is its text at `mention_start`, as a check. */
  z.strictObject({
    action: z.literal('classify'),
    report_id: slugId,
    mention_start: z.number().int().nonnegative(),
    mention: z.string().min(1),
    class: notIndicatorClass,
    reason,
  }),
]);
export type Curation = z.infer<typeof curationSchema>;

/** The report a curation line is about: named, or the first part of the observation id it corrects. */
export const reportOfLine = (c: Curation): string => ('report_id' in c ? c.report_id : c.observation_id.split('/')[0]);
