/**
 * A dialect-free picture of a database's schema, as the catalog readers (one per dialect, behind
 * `Dialect.readCatalog`) return it. Every object keeps the engine's own text for it where the engine
 * gives one (`sql`, `definition`, `default`), so what cannot be said otherwise can be replayed as is.
 */
import type { DB as DialectId } from '../state/answers-schema.js';
import type { CatEnum, CatRoutine, CatRule, CatSequence, CatTrigger, CatView } from './objects.js';

export type FkAction = 'no action' | 'restrict' | 'cascade' | 'set null' | 'set default';

export interface CatColumn {
  name: string;
  /** The engine's type text, lowercase: `character varying(40)`, `int(10) unsigned`, `varchar(40)`. */
  type: string;
  /** The type without its size: `character varying`, `int`, `numeric`, or an enum type's name. */
  base: string;
  length?: number;
  precision?: number;
  scale?: number;
  unsigned?: boolean;
  nullable: boolean;
  /** The default as the engine shows it (`'G'::mpaa_rating`, `current_timestamp()`), null when none. */
  default: string | null;
  identity?: 'always' | 'by-default' | 'auto-increment' | 'rowid';
  generated?: { expr: string; stored: boolean };
  /** MySQL `ON UPDATE current_timestamp()` */
  onUpdate?: string;
  /** The values of an ENUM column (MySQL) or of the column's enum type (PostgreSQL). */
  enumValues?: string[];
  comment?: string;
  /** A collation but the default (MySQL: the database's utf8mb4 one or utf8mb4_unicode_ci; PostgreSQL: its type's). */
  collation?: string;
}

export interface CatKey { name: string; columns: string[] }

export interface CatIndex {
  name: string;
  /** Column names or expressions, in key order; a descending part ends in ` desc`. */
  columns: string[];
  unique: boolean;
  /** The predicate of a partial index. */
  where?: string;
  /** A part is an expression, not a column. */
  expression?: boolean;
  /** Access method when not the default b-tree: gin, gist, hash, fulltext, spatial. */
  method?: string;
  /** The engine's CREATE INDEX text where it keeps one (PostgreSQL, SQLite). */
  sql?: string;
}

export interface CatForeignKey {
  name: string; columns: string[]; refTable: string; refColumns: string[]; onDelete: FkAction; onUpdate: FkAction;
}

export interface CatCheck { name: string; expr: string }

export interface CatTable {
  name: string;
  columns: CatColumn[];
  primaryKey?: CatKey;
  uniques: CatKey[];
  indexes: CatIndex[];
  foreignKeys: CatForeignKey[];
  checks: CatCheck[];
  comment?: string;
  /** MySQL: the table's default collation, where it is not the default one (as `CatColumn.collation`). */
  collation?: string;
  /** The CREATE TABLE text where the engine keeps it (SQLite). */
  sql?: string;
}

export type { CatEnum, CatRoutine, CatRule, CatSequence, CatTrigger, CatView } from './objects.js';

export interface Catalog {
  dialect: DialectId;
  tables: CatTable[];
  enums: CatEnum[];
  views: CatView[];
  triggers: CatTrigger[];
  routines: CatRoutine[];
  sequences: CatSequence[];
  /** PostgreSQL's rules (none elsewhere). */
  rules?: CatRule[];
  /** The database's default collation where the reader takes it for the migrations' own (MySQL: another utf8mb4 one
   *  a table of it uses), for the import to say so. */
  defaultCollation?: string;
  /** Objects the reader saw but the catalog cannot hold (an exclusion constraint, a virtual table): named, never dropped in silence. */
  unsupported?: string[];
}

export type { CatalogConn, Row } from './conn.js';

export function emptyCatalog(dialect: DialectId): Catalog {
  return { dialect, tables: [], enums: [], views: [], triggers: [], routines: [], sequences: [] };
}

