/** zod schema of the dialect-free design model: entities, resolved fields, relations. */
import * as z from 'zod';
import { str, optStr, bool, optBool, nonEmpty, strs, optStrs } from './leaves.js';

export { ColType, Default } from './type-schema.js';
import { ColType, Default } from './type-schema.js';

export const CheckRule = z.enum(['nonneg', 'email', 'enum', 'expr', 'length']); // length: string(n):ci on citext
export type CheckRule = z.infer<typeof CheckRule>;

export const OnDelete = z.enum(['cascade', 'set-null', 'restrict', 'no-action']);
export type OnDelete = z.infer<typeof OnDelete>;

/** How the table's own integer key is generated (issue 16); absent: identity(always) — BY DEFAULT nowhere, AUTOINCREMENT nowhere. */
export const IdentityKind = z.enum(['always', 'by-default', 'serial', 'autoincrement']);
export type IdentityKind = z.infer<typeof IdentityKind>;

export const Field = z.object({
  id: optStr,          // stable id (kept across renames); filled for every field of a design
  name: nonEmpty,            // logical snake_case name
  type: ColType,
  nullable: bool,
  unique: bool,
  index: bool,
  default: Default.optional(),
  checks: z.array(CheckRule),
  check: optStr,       // check(expr): the user's boolean SQL expression
  pk: optBool,         // part of the primary key
  identity: optBool,   // a generated integer key (id:integer, id:bigint, id:smallint)
  ref: z.object({ entity: str, onDelete: OnDelete.optional() }).optional(), // ref(Entity[, action])
  onUpdateNow: optBool, // updated_at kept current on update (`auto`, or automatic timestamps)
  identityKind: IdentityKind.optional(),
  doc: optStr,         // doc('text'): the column comment
  column: optStr,      // column(Name): the column's own name when it is not the field's (db-import)
  collate: optStr,     // collate(name): the column's collation, as written (string, char, text, enum)
  reason: str,                 // why this type: "typed", "inferred: email", ...
});
export type Field = z.infer<typeof Field>;

export const Timestamps = z.enum(['both', 'created', 'none']);
export type Timestamps = z.infer<typeof Timestamps>;

/** `@index(…) where(expr)`, `@unique(lower(email))` …: a key part is a column or an expression over the columns (issue 16). */
export const KeyedIndex = z.object({
  unique: bool,
  keys: z.array(str).min(1),   // column names, or expressions as written (lower(email))
  where: optStr,       // partial: the rows it covers, a boolean expression as written
});
export type KeyedIndex = z.infer<typeof KeyedIndex>;

export const Entity = z.object({
  id: optStr,          // stable id (kept across renames); filled for every entity of a design
  name: nonEmpty,            // PascalCase singular
  typed: str,                  // as the user typed it
  table: nonEmpty,           // logical snake_case plural table name (or @table(name))
  fields: z.array(Field),
  line: z.number().int().optional(),
  pk: optStrs,               // @pk(a, b) or fields marked pk; absent: surrogate id
  uniques: z.array(strs).optional(), // @unique(a, b)
  indexes: z.array(strs).optional(), // @index(a, b)
  timestamps: Timestamps.optional(),                // @timestamps(…); absent: the spec's `timestamps`
  softDelete: optBool,               // @soft-delete or a typed deleted_at
  keyed: z.array(KeyedIndex).optional(),
  doc: optStr,                       // @doc('text'): the table comment            // partial and expression indexes/uniques
  identityKind: IdentityKind.optional(),            // the surrogate id's generation (id:serial, id:identity(by-default) …)
  group: optStr,                     // @group(name): its section of the picture (db/schema.md)
  plain: optStrs,            // @plain(owner_id, …): `<entity>_id` columns that are no FK
});
export type Entity = z.infer<typeof Entity>;

export const RelationKind = z.enum(['none', 'one-to-one', 'one-to-many', 'many-to-many']);
export type RelationKind = z.infer<typeof RelationKind>;

/** A many-to-many's junction as it is (model/junction.ts): columns of `from` then `to`, ON DELETE, created_at, index. */
export const Junction = z.object({
  columns: z.tuple([str, str]).optional(), onDelete: z.tuple([OnDelete, OnDelete]).optional(),
  createdAt: optBool, index: z.union([bool, z.literal('to')]).optional(),
}).strict();

export const Relation = z.object({
  from: str, to: str,
  kind: RelationKind,
  column: optStr,
  onDelete: OnDelete.optional(), // ON DELETE (the matrix records it only when not the kind's default)
  name: optStr,   // many-to-many: the junction's name (a self one: `vouches` → vouches (member_id, vouch_member_id))
  junction: Junction.optional(), // many-to-many: the junction as it is (db-import): columns, FK actions, created_at, index
});
export type Relation = z.infer<typeof Relation>;

export const Model = z.object({
  entities: z.array(Entity),
  relations: z.array(Relation),
  renamed: z.array(z.object({ typed: str, name: str })),
});
export type Model = z.infer<typeof Model>;
