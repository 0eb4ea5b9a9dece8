/** zod schema of the compiled physical schema (names final, limits applied): the snapshot each migration leaves. */
import * as z from 'zod';
import { ColType, Default, CheckRule, IdentityKind, OnDelete } from './model-schema.js';

export const Column = z.object({
  name: z.string(),
  type: ColType,
  nullable: z.boolean(),
  default: Default.optional(),
  identity: z.boolean().optional(),   // the table's own generated key
  identityKind: IdentityKind.optional(), // how it is generated (absent: always)
  onUpdateNow: z.boolean().optional(),
  doc: z.string().optional(),          // the column comment (COMMENT ON / COMMENT '…' / a comment line)
});
export type Column = z.infer<typeof Column>;

export const Check = z.object({
  name: z.string(), column: z.string(), rule: CheckRule, values: z.array(z.string()).optional(),
  expr: z.string().optional(),         // rule expr: the user's expression, emitted as written
});
export type Check = z.infer<typeof Check>;

export const ForeignKey = z.object({
  name: z.string(),
  column: z.string(),
  refTable: z.string(),
  refColumn: z.string(),
  onDelete: OnDelete,
});
export type ForeignKey = z.infer<typeof ForeignKey>;

export const Index = z.object({
  name: z.string(),
  columns: z.array(z.string()).min(1),
  unique: z.boolean(),
  whereAlive: z.boolean().optional(),  // partial: WHERE deleted_at IS NULL
  keys: z.array(z.string()).optional(), // expression index: the key parts (a column name or an expression as written)
  where: z.string().optional(),        // partial index: the predicate as written (columns: every column it reads)
});
export type Index = z.infer<typeof Index>;

export const Table = z.object({
  name: z.string(),
  entity: z.string().optional(),       // absent for junctions
  kind: z.enum(['entity', 'junction']),
  columns: z.array(Column),
  primaryKey: z.object({ name: z.string(), columns: z.array(z.string()).min(1) }),
  uniques: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
  checks: z.array(Check),
  foreignKeys: z.array(ForeignKey),
  indexes: z.array(Index),
  trigger: z.string().optional(),      // updated_at trigger name where the engine needs one
  doc: z.string().optional(),          // the table comment
});
export type Table = z.infer<typeof Table>;

export const Shortened = z.object({ kind: z.string(), full: z.string(), short: z.string() });
export type Shortened = z.infer<typeof Shortened>;

export const Schema = z.object({
  tables: z.array(Table),              // in creation order
  deferredFks: z.array(z.object({ table: z.string(), fk: z.string() })), // added after all tables (FK cycles)
  shortened: z.array(Shortened),
});
export type Schema = z.infer<typeof Schema>;
