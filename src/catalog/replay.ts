/** How an engine writes catalog objects back as SQL: the residue of an import (db/residue.sql). */
import type {
  CatCheck, CatColumn, CatEnum, CatForeignKey, CatIndex, CatKey, CatRoutine, CatSequence, CatRule, CatTable, CatTrigger, CatView,
} from './types.js';

/**
 * A statement of the residue with its phase: 0 types and routines, 1 drops, 2 defaults and identities
 * dropped, 3 sequences, 4 tables and columns, 5 keys, indexes, comments, 6 views, 7 triggers.
 */
export interface Replayed { phase: number; sql: string }

/** How one engine writes a catalog object back (the residue of an import); `rebuild` where ALTER cannot. */
export interface ReplayWriter {
  createTable(t: CatTable): Replayed[];
  /** Make `col` as the catalog says: it exists, and the `changed` parts of it differ (`was`: as it is, when known). */
  fixColumn(t: CatTable, col: CatColumn, changed: (keyof CatColumn)[], was?: CatColumn): Replayed[];
  /** Where `fixColumn` from `was` to `col` loses what the rows hold: why, and the ways round it (db-verify --revert). */
  lossOf?(t: CatTable, col: CatColumn, changed: (keyof CatColumn)[], was: CatColumn): string | undefined;
  dropColumn?(t: CatTable, col: CatColumn): Replayed[];
  /** Where the columns of `table` in the order `live` cannot be put in the order `wanted` in place: why, and the ways round it. */
  columnOrder?(table: string, live: string[], wanted: string[]): string | undefined;
  /** Give `t` its primary key (`t.primaryKey`, or none) where `was` has another (db-verify; SQLite rebuilds). */
  primaryKey?(t: CatTable, was: CatTable): Replayed[];
  /** Add `col`, which the table lacks, after the column before it (`after`, or first). */
  addColumn(t: CatTable, col: CatColumn, after?: string): Replayed[];
  /** SQLite: the table replaced by its original text (its data copied), instead of per-part fixes. */
  rebuild?(t: CatTable, baseline: CatTable): Replayed[];
  addIndex(t: CatTable, i: CatIndex): Replayed[];
  dropIndex(t: CatTable, i: CatIndex): Replayed[];
  /** `was` replaced by `i` of the same name in one statement, where dropping it alone can fail (MariaDB: an FK needs it). */
  swapIndex?(t: CatTable, was: CatIndex, i: CatIndex): Replayed[];
  addUnique(t: CatTable, u: CatKey): Replayed[];
  dropUnique(t: CatTable, u: CatKey): Replayed[];
  addForeignKey(t: CatTable, f: CatForeignKey): Replayed[];
  dropForeignKey(t: CatTable, f: CatForeignKey): Replayed[];
  /** Dropped where it may be gone already (before a dropped table it references: core/residue-depends.ts). */
  dropForeignKeyIfAny?(table: string, name: string): string;
  addCheck(t: CatTable, c: CatCheck): Replayed[];
  dropCheck(t: CatTable, c: CatCheck): Replayed[];
  tableComment(t: CatTable): Replayed[];
  /** The table's default collation made `t.collation` (or the default one); where tables have one (MySQL). */
  tableCollation?(t: CatTable): Replayed[];
  enumType(e: CatEnum): Replayed[];
  sequence(s: CatSequence): Replayed[];
  routine(r: CatRoutine): Replayed[];
  dropRoutine(r: CatRoutine): Replayed[];
  view(v: CatView): Replayed[];
  trigger(g: CatTrigger): Replayed[];
  /** An engine with rules (PostgreSQL). */
  rule?(r: CatRule): Replayed[];
  dropTrigger(g: CatTrigger): Replayed[];
  /** Drops an object the residue made by itself (a table created whole, a sequence, an enum type): the baseline's down. */
  dropMade?(kind: string, name: string): string | undefined;
}
