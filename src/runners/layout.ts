/**
 * Which layout a run writes in, and a rendered migration (up and down SQL) → the file records of that
 * layout (runners/layouts.ts: one `Layout` per runner). kei-migrate is the default.
 */
import type { Spec } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import { bytesOf, encoded, type FileRecord } from '../io/files.js';
import type { Dialect } from '../dialects/dialect.js';
import { fail } from '../base/errors.js';
import { checksum } from '../base/checksum.js';
import { framed } from './transaction.js';
import { ormOwnsMigrations, ormRunner } from './owner.js';
import { EXISTING, layoutNamed, type Layout, type LayoutId, type Paths } from './layouts.js';

export { EXISTING, layoutNamed, type Existing, type Layout, type LayoutId } from './layouts.js';

/** The layout the answers imply: the ORM's own runner first, then the chosen existing runner, else kei-migrate. */
export function layoutOf(a: Pick<Spec, 'orm' | 'runner' | 'existing'>): LayoutId {
  const own = ormRunner(a.orm);
  if (own && (a.runner === 'cargo-path-dep' || a.runner === 'binary' || a.existing)) {
    fail(`${a.existing ? `existing: ${a.existing}` : `runner: ${a.runner}`} does not fit orm ${a.orm}, which applies its own migrations (${own}); use runner: existing without 'existing', or orm: none, drizzle or sqlx to keep ${a.existing ?? 'kei-migrate'}`);
  }
  if (own) return own;
  if (a.runner !== 'existing') return 'kei-migrate';
  if (!a.existing) fail(`missing answer: existing (runner: existing needs one of ${EXISTING.join(', ')})`);
  return a.existing;
}

/** The layout of a design's migrations, decided once per run: a state from before runner layouts ('existing'
 *  with none named) that has migrations keeps kei-migrate's. */
export function designLayout(a: Pick<Spec, 'orm' | 'runner' | 'existing'>, recorded: boolean): LayoutId {
  return a.runner === 'existing' && !a.existing && !ormOwnsMigrations(a.orm) && recorded ? 'kei-migrate' : layoutOf(a);
}

/** A rendered migration, before it is laid out. */
/** The DATABASE_URL a user of `layout` on `d` writes (secrets/db.env, the next steps): the engine's own, or the Go
 *  driver's where the runner picks the driver by the URL's scheme (golang-migrate: sqlite3://, not sqlite:). */
export const urlFormatOf = (layout: Layout, d: Dialect): string =>
  (layout.driverUrl ? d.connection.driverUrlFormat : undefined) ?? d.connection.urlFormat;

export interface Rendered {
  version: string; name: string; date: string; up: string; down: string;
  transactional?: boolean; // false: the runner must not wrap it, nor the file (default true: all or nothing)
}

/** Where a migration of this layout lives (up and down paths; one file holds both for dbmate, goose and Alembic). */
export function layoutPaths(layout: Layout, version: string, name: string): Paths {
  if (!layout.paths) throw new Error(`${layout.id} writes its own migrations`);
  return layout.paths(version, name);
}

export interface Laid { files: FileRecord[]; paths: Paths }

/** The checksum kept in the state: over the up and down files as written (one file: itself twice). */
export function laidChecksum(l: Laid): string {
  const bytes = (path: string) => bytesOf(l.files.find((f) => f.path === path)!);
  return checksum(bytes(l.paths.up), bytes(l.paths.down));
}

/** The migration's files in the layout (immutable), plus what the layout keeps beside them (atlas.sum). */
export function layMigration(
  layout: Layout, d: Dialect, r: Rendered, prior: Migration[], readPrior: (path: string) => string,
): Laid {
  const paths = layoutPaths(layout, r.version, r.name);
  const tx = r.transactional !== false;
  const noTx = !tx || !!d.outsideTransaction?.(r.up) || !!d.outsideTransaction?.(r.down);
  const m = { version: r.version, name: r.name, date: r.date, up: framed(layout, d, r.up, tx), down: framed(layout, d, r.down, tx), noTx };
  const files = layout.files ? layout.files(m, paths, { migrations: prior, read: readPrior })
    : [encoded(paths.up, m.up, { immutable: true }), encoded(paths.down, m.down, { immutable: true })];
  return { files, paths };
}
