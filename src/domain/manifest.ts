import { z } from 'zod';
import { slugId } from './catalog';

const fileEntry = {
  /** Path under data/. */
  file: z.string().regex(/^[a-z0-9_/-]+\.arrow$/),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
};

/**
 * What the browser may fetch of the published data: the small tables it loads whole at start, and
 * the observations split by category and year, each fetched the first time a view reads it. A
 * category and year hold their derived rows' inputs, so each partition derives on its own.
 */
export const manifestSchema = z.strictObject({
  format_version: z.literal(1),
  synthetic: z.boolean(),
  tables: z.array(z.strictObject({ table: z.enum(['indicators', 'jurisdictions', 'reports']), ...fileEntry })),
  partitions: z.array(z.strictObject({ table: z.literal('observations'), category: slugId, year: z.number().int(), ...fileEntry })),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type Partition = Manifest['partitions'][number];
