/** zod schema of the dialect-free design model: entities, resolved fields, relations. */
import { z } from 'zod';

export const ColType = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('key') }),
  z.object({ kind: z.literal('string'), length: z.number().int().positive() }),
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('integer') }),
  z.object({ kind: z.literal('bigint') }),
  z.object({ kind: z.literal('decimal'), precision: z.number().int(), scale: z.number().int() }),
  z.object({ kind: z.literal('boolean') }),
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('datetime') }),
  z.object({ kind: z.literal('timestamp') }),
  z.object({ kind: z.literal('uuid') }),
  z.object({ kind: z.literal('json') }),
  z.object({ kind: z.literal('enum'), values: z.array(z.string()).min(1) }),
]);
export type ColType = z.infer<typeof ColType>;

export const Default = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),
  z.object({ kind: z.literal('value'), value: z.union([z.string(), z.number(), z.boolean()]) }),
]);
export type Default = z.infer<typeof Default>;

export const CheckRule = z.enum(['nonneg', 'email', 'enum']);
export type CheckRule = z.infer<typeof CheckRule>;

export const Field = z.object({
  name: z.string().min(1),            // logical snake_case name
  type: ColType,
  nullable: z.boolean(),
  unique: z.boolean(),
  index: z.boolean(),
  default: Default.optional(),
  checks: z.array(CheckRule),
  onUpdateNow: z.boolean().optional(),
  reason: z.string(),                 // why this type: "typed", "inferred: email", ...
});
export type Field = z.infer<typeof Field>;

export const Entity = z.object({
  name: z.string().min(1),            // PascalCase singular
  typed: z.string(),                  // as the user typed it
  table: z.string().min(1),           // logical snake_case plural table name
  fields: z.array(Field),
  line: z.number().int().optional(),
});
export type Entity = z.infer<typeof Entity>;

export const RelationKind = z.enum(['none', 'one-to-one', 'one-to-many', 'many-to-many']);
export type RelationKind = z.infer<typeof RelationKind>;

export const Relation = z.object({
  from: z.string(),
  to: z.string(),
  kind: RelationKind,
  column: z.string().optional(),
  onDelete: z.enum(['cascade', 'set-null', 'restrict', 'no-action']).optional(), // ON DELETE chosen in the matrix
});
export type Relation = z.infer<typeof Relation>;

export const Model = z.object({
  entities: z.array(Entity),
  relations: z.array(Relation),
  renamed: z.array(z.object({ typed: z.string(), name: z.string() })),
});
export type Model = z.infer<typeof Model>;
