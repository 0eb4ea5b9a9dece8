/**
 * What an engine can and cannot do, as flags the shared code asks (never the dialect's id): beside the
 * statements it shapes, below the dialects that fill it in (dialects/dialect.ts re-exports it).
 */
import type { Column, Table } from '../state/physical-schema.js';

export interface Caps {
  maxIdent: number;              // identifier length limit
  transactionalDdl: boolean;
  updatedAtTrigger: boolean;     // needs a trigger to keep updated_at current (else ON UPDATE in the column)
  triggerFunction: boolean;      // the trigger calls one shared function (created once)
  partialIndex: boolean;         // CREATE INDEX … WHERE
  addForeignKey: boolean;        // ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY (else FKs inline, forward refs allowed)
  dropColumnWithFk: 'alter' | 'rebuild';
  fkNeedsIndex?: boolean;        // an FK needs an index that leads with its column, and the engine makes one (InnoDB)
  keyedText?: number;            // a TEXT column in a key becomes VARCHAR(n) (MySQL/MariaDB: 255)
  unnamedKeys?: boolean;         // the catalog keeps no name for a PK, an FK or an inline UNIQUE (SQLite)
  reservedPrefix?: string;       // table names the engine keeps for itself (SQLite: sqlite_)
  textComments?: boolean;        // comments are lines of the CREATE TABLE text, which a table's comment alone leaves (SQLite)
  identitySequence?: (table: string) => string; // the relation an identity key creates (PostgreSQL: <table>_id_seq)
  engine?: string;               // the engine's name in messages
  exactDecimal?: boolean;        // decimal values kept exactly (SQLite: false, NUMERIC is a float past 15 digits)
  unicodeCase?: boolean;         // lower()/upper() change every letter (SQLite: false, only A-Z)
  arrays?: boolean;              // array columns (text[]): PostgreSQL
  limits?: EngineLimits;         // checked at design time (limits.ts)
  /** COLLATE name: the engine's spelling of a collation written `collate(name)`, undefined where it cannot be one */
  collate?: {
    name: (written: string) => string | undefined; allowed: string;
    /** A note where the name is not on every server of the engine (a locale's, one version's): the migration fails there */
    note?: (name: string) => string | undefined;
  };
  onlineDdl?: { concurrentIndex: boolean; notValid: boolean }; // CREATE INDEX CONCURRENTLY, ADD CONSTRAINT … NOT VALID
}

/** What the engine refuses when the files are applied; the design is checked against these before writing. */
export interface EngineLimits {
  identifier: number; columns: number; rowBytes: number; keysPerTable: number; keyBytes: number;
  varchar: number; enumValue: number; defaultBytes: number; checkBytes: number; exprDepth: number;
  checkNesting?: number;         // parentheses a printed CHECK may nest
  /** the type to suggest instead of a string(n) over `varchar` */
  longText: string;
  /** the most bytes a column takes in a row and in a key (MySQL: utf8mb4, 4 a character); absent: not counted */
  columnBytes?: (c: Column, t: Table) => number;
}
