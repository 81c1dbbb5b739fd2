import { z } from 'zod';

/** Tables no first view needs, fetched the first time a query asks for them; a synthetic build publishes none. */
export const extraTables = ['mentions'] as const;

const fileEntry = {
  /** Path under data/. */
  file: z.string().regex(/^[a-z0-9_/-]+\.arrow$/),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
};

/**
 * What the browser may fetch of the published data: the small tables it loads whole at start, and
 * the observations split by derivation family (an indicator with those it is derived from or into),
 * all years in one file, each fetched the first time a view reads it. A family holds its derived
 * rows' inputs, so each partition derives on its own; a ten-year trend reads one file.
 */
export const manifestSchema = z.strictObject({
  format_version: z.literal(1),
  synthetic: z.boolean(),
  tables: z.array(z.strictObject({ table: z.enum(['indicators', 'jurisdictions', 'reports']), ...fileEntry })),
  extras: z.array(z.strictObject({ table: z.enum(extraTables), ...fileEntry })),
  partitions: z.array(z.strictObject({ table: z.literal('observations'), indicators: z.array(z.string().regex(/^[a-z][a-z0-9_]*$/)).min(1), ...fileEntry })),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type Partition = Manifest['partitions'][number];
export type ExtraTable = Manifest['extras'][number]['table'];
