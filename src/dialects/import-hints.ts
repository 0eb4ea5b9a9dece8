/**
 * What db-import asks a dialect about a catalog it read: which of the engine's own constructs are the ones the
 * design language makes itself (the kept-current updated_at, the automatic timestamps, a partial or expression
 * index), so the entity text says them instead of the residue replaying them.
 */
import type { Catalog, CatColumn, CatTable } from '../catalog/types.js';

/** An index or a unique key as the catalog has it (CatIndex, or CatKey with `unique: true`). */
export interface KeyLike { columns: string[]; unique: boolean; where?: string; expression?: boolean; method?: string }

/** An index in the language's words: `@unique(keys) where(where)` / `@index(keys) where(where)`. */
export interface KeyedParts { keys: string[]; where?: string; unique: boolean }

export interface ImportHints {
  /** `updated_at` of `t` is kept current by what the language's `auto` makes (a trigger, ON UPDATE). */
  keptCurrent(c: Catalog, t: CatTable): boolean;
  /** The column is exactly the automatic `created_at` / `updated_at` (type, NOT NULL, default). */
  automaticTimestamp(col: CatColumn): boolean;
  /** The column's type is one no type word gives, only a name's inference (MySQL: TIMESTAMP of a `*_at`). */
  byName?(col: CatColumn): boolean;
  /** The language's word for how the table's own one-column key `col` is generated, where its type alone gives
   *  another (`identity(by-default)` on a PostgreSQL integer, `serial`, SQLite's `autoincrement`); else undefined. */
  generation?(col: CatColumn): string | undefined;
  /** The language's type for a column whose catalog type another word names (MariaDB's JSON: a LONGTEXT with the
   *  json_valid CHECK named after it); else undefined (import/lang-types.ts names it). */
  typeWord?(t: CatTable, col: CatColumn): string | undefined;
  /** The table's generated `id` is the automatic id the language adds (left out of the entity line); without this
   *  hint, a generated bigint (MySQL's automatic id is BIGINT UNSIGNED: a signed one is `id:bigint`). */
  automaticId?(col: CatColumn): boolean;
  /** What the catalog holds that the reader cannot take, one line each for the report (SQLite's comment lines). */
  unread?(c: Catalog): string[];
  /** A partial or expression index (or the engine's stand-in for one) in the language's words, when it has them. */
  keyed(t: CatTable, i: KeyLike): KeyedParts | undefined;
}
