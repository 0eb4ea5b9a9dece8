/**
 * Which migrations a live database has applied, read from the runner's own table (read-only): kei-migrate's
 * `_kei_migrations`, dbmate's and golang-migrate's `schema_migrations`, goose's `goose_db_version`, sqlx's
 * `_sqlx_migrations`, Atlas's `atlas_schema_revisions`, Alembic's `alembic_version`, Prisma's `_prisma_migrations`.
 * The query and the reading of its rows are the Layout's own (`applied`, records.ts).
 */
import type { CatalogConn } from '../catalog/types.js';
import { LAYOUT_LIST, layoutNamed, type LayoutId } from './layouts.js';
import type { Applied } from './records.js';

export type { Applied } from './records.js';

/** Each runner's own table (its Layout's `table`), by layout. */
export const RUNNER_TABLES = Object.fromEntries(LAYOUT_LIST.map((l) => [l.id, l.table])) as Record<LayoutId, string>;

const lower = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));

/** The applied versions (14-digit prefixes), oldest first; undefined when the runner's table is not there. */
export async function appliedVersions(id: LayoutId, conn: CatalogConn, tables: string[]): Promise<Applied | undefined> {
  const layout = layoutNamed(id);
  if (!tables.includes(layout.table)) return undefined;
  return layout.applied.versions((await conn.query(layout.applied.query)).map(lower));
}
