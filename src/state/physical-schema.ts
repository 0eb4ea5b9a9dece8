/** zod schema of the compiled physical schema (names final, limits applied): the snapshot each migration leaves. */
import * as z from 'zod';
import { str, optStr, bool, optBool, strs, optStrs } from './leaves.js';
import { ColType, Default, CheckRule, IdentityKind, OnDelete } from './model-schema.js';

export const Column = z.object({
  name: str,
  type: ColType,
  nullable: bool,
  default: Default.optional(),
  identity: optBool,   // the table's own generated key
  identityKind: IdentityKind.optional(), // how it is generated (absent: always)
  onUpdateNow: optBool,
  doc: optStr,          // the column comment (COMMENT ON / COMMENT '…' / a comment line)
  collation: optStr,    // COLLATE: the engine's name for it (absent: the table's or the type's own)
});
export type Column = z.infer<typeof Column>;

export const Check = z.object({
  name: str, column: str, rule: CheckRule, values: optStrs,
  expr: optStr,         // rule expr: the user's expression, emitted as written
});
export type Check = z.infer<typeof Check>;

export const ForeignKey = z.object({
  name: str,
  column: str,
  refTable: str,
  refColumn: str,
  onDelete: OnDelete,
});
export type ForeignKey = z.infer<typeof ForeignKey>;

export const Index = z.object({
  name: str,
  columns: z.array(str).min(1),
  unique: bool,
  whereAlive: optBool,  // partial: WHERE deleted_at IS NULL
  keys: optStrs, // expression index: the key parts (a column name or an expression as written)
  where: optStr,        // partial index: the predicate as written (columns: every column it reads)
});
export type Index = z.infer<typeof Index>;

export const Table = z.object({
  name: str,
  entity: optStr,       // absent for junctions
  kind: z.enum(['entity', 'junction']),
  columns: z.array(Column),
  primaryKey: z.object({ name: str, columns: z.array(str).min(1) }),
  uniques: z.array(z.object({ name: str, columns: strs })),
  checks: z.array(Check),
  foreignKeys: z.array(ForeignKey),
  indexes: z.array(Index),
  trigger: optStr,      // updated_at trigger name where the engine needs one
  doc: optStr,          // the table comment
});
export type Table = z.infer<typeof Table>;

export const Shortened = z.object({ kind: str, full: str, short: str });
export type Shortened = z.infer<typeof Shortened>;

export const Schema = z.object({
  tables: z.array(Table),              // in creation order
  deferredFks: z.array(z.object({ table: str, fk: str })), // added after all tables (FK cycles)
  shortened: z.array(Shortened),
});
export type Schema = z.infer<typeof Schema>;
