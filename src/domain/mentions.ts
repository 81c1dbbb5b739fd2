import { z } from 'zod';
import { slugId } from './catalog';
import { qualifier } from './observation';

/** Why a number in a report is not a figure of an indicator; decided by the extractor, overridable by curation. */
export const notIndicatorClasses = [
  'date_or_year',
  'document_number',
  'ordinal_or_heading',
  'plan_or_target',
  'phone_or_code',
  'name_or_slogan',
  'other_period',
  'restated',
  'not_measured',
] as const;
export const notIndicatorClass = z.enum(notIndicatorClasses);
export type NotIndicatorClass = z.infer<typeof notIndicatorClass>;

const dispositions = ['claimed', 'not_indicator', 'unclaimed'] as const;

const indicatorId = z.string().regex(/^[a-z][a-z0-9_]*$/);

/** Every number of every report, with what became of it. */
export const mentionSchema = z
  .strictObject({
    report_id: slugId,
    mention_start: z.number().int().nonnegative(),
    mention_end: z.number().int().positive(),
    mention: z.string().min(1),
    value: z.number().finite(),
    value_high: z.number().finite().nullable(),
    unit_zh: z.string().min(1).nullable(),
    qualifier,
    section: z.enum(['outcome', 'target']),
    disposition: z.enum(dispositions),
    /** For not_indicator: the class. */
    reason: notIndicatorClass.nullable(),
    /** For claimed: the observation ids (more than one when a 均 number stands for several indicators), `;`-joined. */
    observation_id: z.string().nullable(),
    /** For unclaimed: the indicator the number comes nearest to, if any. */
    candidate_indicator_id: indicatorId.nullable(),
    /** Why, in words, when a curation line decided or a figure conflicts with an earlier one. */
    note: z.string().nullable(),
    context: z.string(),
  })
  .refine((m) => (m.disposition === 'not_indicator') === (m.reason !== null), 'a reason exactly when not_indicator')
  .refine((m) => (m.disposition === 'claimed') === (m.observation_id !== null), 'an observation id exactly when claimed');
export type Mention = z.infer<typeof mentionSchema>;
