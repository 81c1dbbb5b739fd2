import { z } from 'zod';

export const slugId = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'lowercase id with - or _');

export const adminLevels = ['province', 'prefecture_city', 'league', 'county', 'district', 'banner'] as const;
export const adminLevel = z.enum(adminLevels);
export type AdminLevel = z.infer<typeof adminLevel>;

export const jurisdictionSchema = z.strictObject({
  jurisdiction_id: slugId,
  division_code: z.string().regex(/^\d{6}$/, 'six-digit GB/T 2260 code'),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  admin_level: adminLevel,
  province_zh: z.string().min(1),
  province_en: z.string().min(1),
  parent_code: z.string().regex(/^\d{6}$/).nullable(),
  parent_name_zh: z.string().nullable(),
});
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const bodyLevel = z.enum(['government', 'department']);
export const reportSchema = z.strictObject({
  report_id: slugId,
  jurisdiction_id: slugId,
  year: z.number().int().min(1990).max(2100),
  title_zh: z.string().min(1),
  reporting_body_zh: z.string().min(1),
  reporting_body_en: z.string().min(1),
  body_level: bodyLevel,
  published_date: z.iso.date().nullable(),
  script: z.enum(['simplified', 'traditional']),
  source_file: z.string().min(1),
});
export type Report = z.infer<typeof reportSchema>;

export const units = ['count', 'person', 'person_time', 'yuan', 'percent', 'working_day', 'square_metre'] as const;
export const unit = z.enum(units);
export type Unit = z.infer<typeof unit>;

export const derivationOps = ['ratio', 'difference', 'sum', 'reduction_percent'] as const;
export const derivationSchema = z.strictObject({
  op: z.enum(derivationOps),
  a: slugId,
  b: slugId,
});
export type Derivation = z.infer<typeof derivationSchema>;

export const indicatorSchema = z.strictObject({
  indicator_id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'English snake_case'),
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
  category: slugId,
  unit,
  definition_zh: z.string().min(1),
  definition_en: z.string().min(1),
  comparability_en: z.string().nullable(),
  derivation: derivationSchema.nullable(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const categorySchema = z.strictObject({
  category: slugId,
  name_zh: z.string().min(1),
  name_en: z.string().min(1),
});
export type Category = z.infer<typeof categorySchema>;
