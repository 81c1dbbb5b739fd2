import { z } from 'zod';
import { bodyLevel } from '../../domain/catalog';
import { notIndicatorClass } from '../../domain/mentions';
import { qualifier, scope } from '../../domain/observation';

export const metaSchema = z.strictObject({
  divisionCode: z.string().regex(/^\d{6}$/u).nullable(),
  year: z.number().int().nullable(),
  body: z.string(),
  bodyEn: z.string(),
  bodyLevel,
});
export type Meta = z.infer<typeof metaSchema>;

const decisionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reject'), class: notIndicatorClass, reason: z.string() }),
  z.strictObject({ kind: z.literal('change'), set: z.strictObject({ indicator_id: z.string().optional(), qualifier: qualifier.optional(), scope: scope.optional() }), reason: z.string() }),
]);

const addedSchema = z.strictObject({
  mentionStart: z.number().int(), mention: z.string(), value: z.number(), quote: z.string(), quoteStart: z.number().int(),
  indicatorId: z.string(), qualifier, scope, reason: z.string(),
});

/** A review in progress as the browser keeps it between visits; read back through this schema, as any stored input is. */
export const draftSchema = z.strictObject({
  version: z.literal(1),
  text: z.string().min(1),
  meta: metaSchema,
  review: z.strictObject({ decisions: z.record(z.string(), decisionSchema), added: z.array(addedSchema) }),
  submitted: z.boolean(),
});
export type Draft = z.infer<typeof draftSchema>;
