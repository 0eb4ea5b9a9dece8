/** The catalog's objects beside its tables: enum types, views, triggers, routines, rules, sequences (catalog/types.ts). */

export interface CatEnum { name: string; values: string[] }

export interface CatView {
  name: string;
  /** The SELECT as the engine gives it back. */
  definition: string;
  materialized?: boolean;
  comment?: string;
  /** The whole CREATE VIEW where the engine keeps it (SQLite). */
  sql?: string;
}

export interface CatTrigger {
  name: string;
  table: string;
  timing: 'before' | 'after' | 'instead of';
  events: string[];
  /** The whole CREATE TRIGGER statement as the engine gives it. */
  sql: string;
}

/** A routine, or on PostgreSQL a domain or an aggregate: made from its text before the tables, in the reader's order. */
export interface CatRoutine { name: string; kind: 'function' | 'procedure' | 'aggregate' | 'domain'; sql: string }

/** A PostgreSQL rule (CREATE RULE … DO INSTEAD …), its text as the engine gives it back. */
export interface CatRule { name: string; table: string; sql: string }

/** `ownedBy`: `table.column` of the column that owns it (a serial, an identity); `type` (PostgreSQL): `integer` …; `sql`: SHOW CREATE (MariaDB). */
export interface CatSequence { name: string; start?: number; increment?: number; ownedBy?: string; identity?: boolean; type?: string; sql?: string }
