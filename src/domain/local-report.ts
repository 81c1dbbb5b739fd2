import { z } from 'zod';
import { jurisdictionSchema, reportSchema } from './catalog';
import { curationSchema } from './curation';
import { observationSchema } from './observation';

/**
 * A report kept in this browser: what its bundle holds, and the reported observations its review
 * gave, so that the tables take it in at start without running the extractor again.
 */
export const localReportRecordSchema = z.strictObject({
  report: reportSchema,
  jurisdiction: jurisdictionSchema,
  text: z.string().min(1),
  curation: z.array(curationSchema),
  observations: z.array(observationSchema),
  kept_at: z.iso.datetime(),
});
export type LocalReportRecord = z.infer<typeof localReportRecordSchema>;
