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

/** A word as written in simplified script; `…` stands for up to eight characters of anything but a delimiter. */
const word = z.string().min(1).regex(/^\S+$/u, 'plain words, with … for a gap');

/**
 * What one indicator is called and how its figures are stated. A number is the indicator's when its
 * counting word is one of `units`, a concept `term` stands in its clause (or, for a short clause such
 * as 依法受理N件, in an earlier clause of the same sentence), one of the outcome `keys` stands in its own
 * clause when the entry has keys, and no `not` word does. `role: before` takes the first number of a
 * 由A…至B pair.
 */
export const lexiconEntrySchema = z.strictObject({
  indicator_id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  units: z.array(z.string().min(1)).min(1),
  terms: z.array(word).min(1),
  keys: z.array(word).optional(),
  not: z.array(word).optional(),
  role: z.literal('before').optional(),
});
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;

const byLevel = z.partialRecord(z.enum(adminLevels), regex);

export const rulesFileSchema = z.strictObject({
  /** Headings of top-level sections whose numbers are plans or problems, not outcomes. */
  target_heading: regex,
  /** A paragraph opening the closing problems/plans part when a report gives it no heading. */
  target_paragraph: regex,
  /** Words that say a figure covers the whole jurisdiction, by the jurisdiction's admin level. */
  jurisdiction_wide_cues: byLevel,
  /** Words that say a figure covers only the government's own level (市本级), wherever they stand before it. */
  own_level_cues: byLevel,
  /** The government itself (市政府, 盟行署): its own level when it opens the clause, as the subject of the count. */
  government_subject_cues: byLevel,
  /** Words before a list of numbers that hand one number to each name (分别) or one to all (均). */
  list_respectively: regex,
  list_all: regex,
  /** Words in a number's sentence before it that make it a plan or a target. */
  plan_cue: regex,
  /** Words in a number's sentence before it that put it in another period: cumulative, since, multi-year. */
  other_period_cue: regex,
  /** Words in a number's sentence before it that leave its period unclear (累计): kept, and flagged. */
  period_unclear_cue: regex,
  /** Words in a number's clause that make it a norm per unit (每个村配备1名法律顾问), not a count. */
  per_unit_cue: regex,
  lexicon: z.array(lexiconEntrySchema).min(1),
});
export type RulesFile = z.infer<typeof rulesFileSchema>;
