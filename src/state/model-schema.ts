/** zod schema of the dialect-free design model: entities, resolved fields, relations. */
import { z } from 'zod';

const len = z.number().int().positive();
export const ColType = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('key') }),                 // the surrogate key: BIGINT identity (and FKs to it)
  // net: INET/CIDR on PostgreSQL; ci: case-insensitive (citext / COLLATE utf8mb4_unicode_ci / COLLATE NOCASE)
  z.object({ kind: z.literal('string'), length: len, net: z.enum(['inet', 'cidr']).optional(), ci: z.boolean().optional() }),
  z.object({ kind: z.literal('char'), length: len, ci: z.boolean().optional() }),
  z.object({ kind: z.literal('text'), varchar: z.boolean().optional(), array: z.boolean().optional(), ci: z.boolean().optional() }), // varchar: string(*) — VARCHAR
  // without a length on PostgreSQL; array: text[] (PostgreSQL only)
  z.object({ kind: z.literal('smallint'), unsigned: z.boolean().optional() }), // unsigned: UNSIGNED on MySQL, CHECK (>= 0) everywhere
  z.object({ kind: z.literal('integer'), unsigned: z.boolean().optional() }),
  z.object({ kind: z.literal('bigint'), unsigned: z.boolean().optional() }),
  z.object({ kind: z.literal('decimal'), precision: z.number().int(), scale: z.number().int() }),
  z.object({ kind: z.literal('float') }),
  z.object({ kind: z.literal('boolean') }),
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('time') }),
  z.object({ kind: z.literal('datetime'), local: z.boolean().optional() }), // local: without time zone; absent: the spec's timezone
  z.object({ kind: z.literal('timestamp'), local: z.boolean().optional() }),
  z.object({ kind: z.literal('uuid') }),
  z.object({ kind: z.literal('json') }),
  z.object({ kind: z.literal('binary') }),
  z.object({ kind: z.literal('enum'), values: z.array(z.string()).min(1) }),
]);
export type ColType = z.infer<typeof ColType>;

export const Default = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),               // current date and time (time: current time)
  z.object({ kind: z.literal('today') }),             // current date
  z.object({ kind: z.literal('uuid') }),              // a generated UUID
  z.object({ kind: z.literal('null') }),
  z.object({ kind: z.literal('value'), value: z.union([z.string(), z.number(), z.boolean()]) }),
]);
export type Default = z.infer<typeof Default>;

export const CheckRule = z.enum(['nonneg', 'email', 'enum', 'expr', 'length']); // length: string(n):ci on citext
export type CheckRule = z.infer<typeof CheckRule>;

export const OnDelete = z.enum(['cascade', 'set-null', 'restrict', 'no-action']);
export type OnDelete = z.infer<typeof OnDelete>;

/** How the table's own integer key is generated (issue 16); absent: identity(always) — BY DEFAULT nowhere, AUTOINCREMENT nowhere. */
export const IdentityKind = z.enum(['always', 'by-default', 'serial', 'autoincrement']);
export type IdentityKind = z.infer<typeof IdentityKind>;

export const Field = z.object({
  id: z.string().optional(),          // stable id (kept across renames); filled for every field of a design
  name: z.string().min(1),            // logical snake_case name
  type: ColType,
  nullable: z.boolean(),
  unique: z.boolean(),
  index: z.boolean(),
  default: Default.optional(),
  checks: z.array(CheckRule),
  check: z.string().optional(),       // check(expr): the user's boolean SQL expression
  pk: z.boolean().optional(),         // part of the primary key
  identity: z.boolean().optional(),   // a generated integer key (id:integer, id:bigint, id:smallint)
  ref: z.object({ entity: z.string(), onDelete: OnDelete.optional() }).optional(), // ref(Entity[, action])
  onUpdateNow: z.boolean().optional(), // updated_at kept current on update (`auto`, or automatic timestamps)
  identityKind: IdentityKind.optional(),
  doc: z.string().optional(),         // doc('text'): the column comment
  reason: z.string(),                 // why this type: "typed", "inferred: email", ...
});
export type Field = z.infer<typeof Field>;

export const Timestamps = z.enum(['both', 'created', 'none']);
export type Timestamps = z.infer<typeof Timestamps>;

/** `@index(…) where(expr)`, `@unique(lower(email))` …: a key part is a column or an expression over the columns (issue 16). */
export const KeyedIndex = z.object({
  unique: z.boolean(),
  keys: z.array(z.string()).min(1),   // column names, or expressions as written (lower(email))
  where: z.string().optional(),       // partial: the rows it covers, a boolean expression as written
});
export type KeyedIndex = z.infer<typeof KeyedIndex>;

export const Entity = z.object({
  id: z.string().optional(),          // stable id (kept across renames); filled for every entity of a design
  name: z.string().min(1),            // PascalCase singular
  typed: z.string(),                  // as the user typed it
  table: z.string().min(1),           // logical snake_case plural table name (or @table(name))
  fields: z.array(Field),
  line: z.number().int().optional(),
  pk: z.array(z.string()).optional(),               // @pk(a, b) or fields marked pk; absent: surrogate id
  uniques: z.array(z.array(z.string())).optional(), // @unique(a, b)
  indexes: z.array(z.array(z.string())).optional(), // @index(a, b)
  timestamps: Timestamps.optional(),                // @timestamps(…); absent: the spec's `timestamps`
  softDelete: z.boolean().optional(),               // @soft-delete or a typed deleted_at
  keyed: z.array(KeyedIndex).optional(),
  doc: z.string().optional(),                       // @doc('text'): the table comment            // partial and expression indexes/uniques
  identityKind: IdentityKind.optional(),            // the surrogate id's generation (id:serial, id:identity(by-default) …)
  group: z.string().optional(),                     // @group(name): its section of the picture (db/schema.md)
  plain: z.array(z.string()).optional(),            // @plain(owner_id, …): `<entity>_id` columns that are no FK
});
export type Entity = z.infer<typeof Entity>;

export const RelationKind = z.enum(['none', 'one-to-one', 'one-to-many', 'many-to-many']);
export type RelationKind = z.infer<typeof RelationKind>;

/** A many-to-many's junction as it is (model/junction.ts): columns of `from` then `to`, ON DELETE, created_at, index. */
export const Junction = z.object({
  columns: z.tuple([z.string(), z.string()]).optional(), onDelete: z.tuple([OnDelete, OnDelete]).optional(),
  createdAt: z.boolean().optional(), index: z.union([z.boolean(), z.literal('to')]).optional(),
}).strict();

export const Relation = z.object({
  from: z.string(), to: z.string(),
  kind: RelationKind,
  column: z.string().optional(),
  onDelete: OnDelete.optional(), // ON DELETE (the matrix records it only when not the kind's default)
  name: z.string().optional(),   // many-to-many: the junction's name (a self one: `vouches` → vouches (member_id, vouch_member_id))
  junction: Junction.optional(), // many-to-many: the junction as it is (db-import): columns, FK actions, created_at, index
});
export type Relation = z.infer<typeof Relation>;

export const Model = z.object({
  entities: z.array(Entity),
  relations: z.array(Relation),
  renamed: z.array(z.object({ typed: z.string(), name: z.string() })),
});
export type Model = z.infer<typeof Model>;
