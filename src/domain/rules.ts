import { z } from 'zod';
import { adminLevels } from './catalog';

const regex = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

/**
 * One indicator rule: the unit as written, and regular expressions over the words around the number.
 * `before` is tested on the label (the words between the previous delimiter or number and this one),
 * `after` on the words right after the unit, `context` on the sentence up to the number, and
 * `exclude` vetoes a match when it finds anything in the label or the words after.
 */
export const ruleSchema = z
  .strictObject({
    indicator_id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    units: z.array(z.string().min(1)).min(1),
    before: regex.optional(),
    after: regex.optional(),
    context: regex.optional(),
    exclude: regex.optional(),
  })
  .refine((r) => r.before !== undefined || r.after !== undefined, 'a rule needs `before` or `after`');
export type Rule = z.infer<typeof ruleSchema>;

export const rulesFileSchema = z.strictObject({
  /** Headings of top-level sections whose numbers are plans or problems, not outcomes. */
  target_heading: regex,
  /** A paragraph opening the closing problems/plans part when a report gives it no heading. */
  target_paragraph: regex,
  /** Words that say a figure covers the whole jurisdiction, by the jurisdiction's admin level. */
  jurisdiction_wide_cues: z.partialRecord(z.enum(adminLevels), regex),
  /** Words that say a figure covers only the government's own level (市本级). */
  own_level_cue: regex,
  /** Words before a list of numbers that hand one number to each name (分别) or one to all (均). */
  list_respectively: regex,
  list_all: regex,
  rules: z.array(ruleSchema).min(1),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;
