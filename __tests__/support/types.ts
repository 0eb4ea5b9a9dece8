/** Shared types of the engine harness: the Engine handle and the normalised Catalog snapshot. */

export type EngineId = 'postgres' | 'mysql' | 'sqlite';

export interface Column {
  name: string;
  /** Lowercase engine type: PG format_type(), MariaDB COLUMN_TYPE, SQLite declared type. */
  type: string;
  nullable: boolean;
  /** Raw engine default; PG identity → 'identity by default' | 'identity always', MariaDB → 'auto_increment'. */
  default: string | null;
}

export interface ForeignKey {
  name?: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  /** Lowercase: 'cascade' | 'restrict' | 'no action' | 'set null' | 'set default'. */
  onDelete: string;
}

export interface Index {
  name: string;
  columns: string[];
  unique: boolean;
  /** Present (true) only for partial indexes. */
  partial?: boolean;
}

export interface Check {
  name: string;
  expr: string;
}

export interface TableInfo {
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  indexes: Index[];
  checks: Check[];
}

export interface Catalog {
  tables: Record<string, TableInfo>;
  triggers: string[];
  functions?: string[];
}

export interface Engine {
  id: EngineId;
  /** Scratch database name (':memory:' for sqlite). */
  name: string;
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  catalog(): Promise<Catalog>;
  close(): Promise<void>;
}

export function emptyTable(): TableInfo {
  return { columns: [], primaryKey: [], foreignKeys: [], indexes: [], checks: [] };
}

let counter = 0;
/** Unique scratch database name: dbs_<pid>_<counter>_<random>. */
export function scratchName(): string {
  counter += 1;
  const rnd = Math.random().toString(36).slice(2, 8);
  return `dbs_${process.pid}_${counter}_${rnd}`;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const fkKey = (f: ForeignKey) => `${f.columns.join(',')}\u0000${f.refTable}\u0000${f.name ?? ''}`;

/** Sorts every list whose order carries no meaning; column order (ordinal) and key column order are kept. */
export function sortCatalog(c: Catalog): Catalog {
  const tables: Record<string, TableInfo> = {};
  for (const name of Object.keys(c.tables).sort()) {
    const t = c.tables[name];
    tables[name] = {
      columns: t.columns,
      primaryKey: t.primaryKey,
      foreignKeys: [...t.foreignKeys].sort((a, b) => (fkKey(a) < fkKey(b) ? -1 : fkKey(a) > fkKey(b) ? 1 : 0)),
      indexes: [...t.indexes].sort(byName),
      checks: [...t.checks].sort(byName),
    };
  }
  const out: Catalog = { tables, triggers: [...c.triggers].sort() };
  if (c.functions) out.functions = [...c.functions].sort();
  return out;
}
