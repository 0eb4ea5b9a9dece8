/**
 * What each runner records of the migrations it applied, read back from its own table (read-only): the query and
 * how its rows say which versions stand. Each Layout (layouts.ts) holds its own `applied`.
 */
export interface Applied { versions: string[]; dirty?: boolean }
export type Row = Record<string, unknown>;
export interface AppliedRead {
  query: string;
  versions: (rows: Row[]) => Applied; // rows with lower-case keys → the applied versions (14-digit prefixes), oldest first
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';
const v = (r: Row) => String(r.version).slice(0, 14);

/** Every row is an applied version. */
export const plain = (query: string): AppliedRead => ({ query, versions: (rows) => ({ versions: rows.map(v).sort() }) });

/** goose: one row per up or down: the last row of a version says whether it stands. */
export const gooseRead: AppliedRead = {
  query: 'SELECT version_id AS version, is_applied FROM goose_db_version ORDER BY id',
  versions: (rows) => {
    const state = new Map<string, boolean>();
    for (const r of rows) if (String(r.version) !== '0') state.set(v(r), truthy(r.is_applied));
    return { versions: [...state].filter(([, on]) => on).map(([k]) => k).sort() };
  },
};

/** golang-migrate: one row, which says whether the last migration failed half-way (dirty). */
export const golangMigrateRead: AppliedRead = {
  query: 'SELECT version, dirty FROM schema_migrations',
  versions: (rows) => ({ versions: rows.map(v), dirty: rows.some((r) => truthy(r.dirty)) }),
};

/** sqlx: a failed migration keeps its row with success false. */
export const sqlxRead: AppliedRead = {
  query: 'SELECT version, success FROM _sqlx_migrations',
  versions: (rows) => ({ versions: rows.filter((r) => truthy(r.success)).map(v).sort() }),
};
