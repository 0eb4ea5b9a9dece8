/**
 * Which migrations a live database has applied, read from the runner's own table (read-only): kei-migrate's
 * `_kei_migrations`, dbmate's and golang-migrate's `schema_migrations`, goose's `goose_db_version`, sqlx's
 * `_sqlx_migrations`, Atlas's `atlas_schema_revisions`, Alembic's `alembic_version`, Prisma's `_prisma_migrations`.
 */
import type { CatalogConn } from '../catalog/types.js';
import { LAYOUT_LIST, type LayoutId } from './layouts.js';

/** Each runner's own table (its Layout's `table`), by layout. */
export const RUNNER_TABLES = Object.fromEntries(LAYOUT_LIST.map((l) => [l.id, l.table])) as Record<LayoutId, string>;

export interface Applied { versions: string[]; dirty?: boolean }

const QUERY: Record<LayoutId, string> = {
  'kei-migrate': 'SELECT version FROM _kei_migrations',
  dbmate: 'SELECT version FROM schema_migrations',
  'golang-migrate': 'SELECT version, dirty FROM schema_migrations',
  goose: 'SELECT version_id AS version, is_applied FROM goose_db_version ORDER BY id',
  sqlx: 'SELECT version, success FROM _sqlx_migrations',
  atlas: 'SELECT version FROM atlas_schema_revisions',
  alembic: 'SELECT version_num AS version FROM alembic_version',
  prisma: 'SELECT migration_name AS version FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
};

const lower = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));
const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

/** The applied versions (14-digit prefixes), oldest first; undefined when the runner's table is not there. */
export async function appliedVersions(layout: LayoutId, conn: CatalogConn, tables: string[]): Promise<Applied | undefined> {
  if (!tables.includes(RUNNER_TABLES[layout])) return undefined;
  const rows = (await conn.query(QUERY[layout])).map(lower);
  const v = (r: Record<string, unknown>) => String(r.version).slice(0, 14);
  if (layout === 'goose') { // one row per up or down: the last row of a version says whether it stands
    const state = new Map<string, boolean>();
    for (const r of rows) if (String(r.version) !== '0') state.set(v(r), truthy(r.is_applied));
    return { versions: [...state].filter(([, on]) => on).map(([k]) => k).sort() };
  }
  if (layout === 'golang-migrate') return { versions: rows.map(v), dirty: rows.some((r) => truthy(r.dirty)) };
  if (layout === 'sqlx') return { versions: rows.filter((r) => truthy(r.success)).map(v).sort() };
  return { versions: rows.map(v).sort() };
}
