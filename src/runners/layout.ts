/**
 * Where and how a migration is written for the runner the user has: one function from a rendered
 * migration (up and down SQL) to the file records of that runner's layout. kei-migrate is the default.
 */
import type { Spec } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';
import type { Dialect } from '../dialects/dialect.js';
import { render } from '../render/hbs.js';
import { fail } from '../base/errors.js';
import { atlasSum } from './atlas-sum.js';
import { splitSql } from './split.js';
import { checksum } from '../base/checksum.js';
import { framed } from './transaction.js';
import { ormOwnsMigrations, ormRunner } from './owner.js';

export const EXISTING = ['dbmate', 'goose', 'golang-migrate', 'sqlx', 'atlas'] as const;
export type Existing = (typeof EXISTING)[number];
export type Layout = 'kei-migrate' | Existing | 'alembic' | 'prisma';

/** The layout the answers imply: the ORM's own runner first, then the chosen existing runner, else kei-migrate. */
export function layoutOf(a: Pick<Spec, 'orm' | 'runner' | 'existing'>): Layout {
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
export function designLayout(a: Pick<Spec, 'orm' | 'runner' | 'existing'>, recorded: boolean): Layout {
  return a.runner === 'existing' && !a.existing && !ormOwnsMigrations(a.orm) && recorded ? 'kei-migrate' : layoutOf(a);
}

/** A rendered migration, before it is laid out. */
export interface Rendered {
  version: string; name: string; date: string; up: string; down: string;
  transactional?: boolean; // false: the runner must not wrap it, nor the file (default true: all or nothing)
}

/** Where a migration of this layout lives (up and down paths; one file holds both for dbmate and goose). */
export function layoutPaths(layout: Layout, version: string, name: string): { up: string; down: string } {
  const base = `${version}_${name}`;
  switch (layout) {
    case 'kei-migrate': return { up: `migrations/${base}.sql`, down: `migrations/${base}.down.sql` };
    case 'dbmate': return { up: `db/migrations/${base}.sql`, down: `db/migrations/${base}.sql` };
    case 'goose': return { up: `migrations/${base}.sql`, down: `migrations/${base}.sql` };
    case 'golang-migrate':
    case 'sqlx': return { up: `migrations/${base}.up.sql`, down: `migrations/${base}.down.sql` };
    case 'atlas': return { up: `migrations/${base}.sql`, down: `migrations/down/${base}.sql` };
    case 'alembic': return { up: `alembic/versions/${base}.py`, down: `alembic/versions/${base}.py` };
    case 'prisma': throw new Error('prisma migrate writes its own migrations');
  }
}

export interface Laid { files: FileRecord[]; paths: { up: string; down: string } }

/** The checksum kept in the state: over the up and down files as written (one file: itself twice). */
export function laidChecksum(l: Laid): string {
  const body = (path: string) => l.files.find((f) => f.path === path)!.body;
  return checksum(body(l.paths.up), body(l.paths.down));
}

/** The migration's files in the layout (immutable), plus what the layout keeps beside them (atlas.sum). */
export function layMigration(
  layout: Layout, d: Dialect, r: Rendered, prior: Migration[], readPrior: (path: string) => string,
): Laid {
  const paths = layoutPaths(layout, r.version, r.name);
  const tx = r.transactional !== false;
  const noTx = !tx || !!d.outsideTransaction?.(r.up) || !!d.outsideTransaction?.(r.down);
  const m = { ...r, up: framed(layout, d, r.up, tx), down: framed(layout, d, r.down, tx) };
  const view = { ...m, noTx, up: m.up.replace(/\s+$/, ''), down: m.down.replace(/\s+$/, '') };
  const files: FileRecord[] = [];
  const pair = (up: string, down: string) => files.push({ path: paths.up, body: up, immutable: true }, { path: paths.down, body: down, immutable: true });
  switch (layout) {
    case 'dbmate':
    case 'goose':
      files.push({ path: paths.up, body: render(`${layout}.sql`, view), immutable: true });
      break;
    case 'sqlx':
      pair(noTx ? `-- no-transaction\n${m.up}` : m.up, noTx ? `-- no-transaction\n${m.down}` : m.down);
      break;
    case 'alembic': {
      const previous = prior.length ? prior[prior.length - 1].version : undefined;
      const steps = (sql: string) => splitSql(sql).map((s) => JSON.stringify(s));
      files.push({ path: paths.up, body: render('alembic-revision.py', { ...view, previous, upSteps: steps(m.up), downSteps: steps(m.down) }), immutable: true });
      break;
    }
    case 'atlas': { // statements ended by '-- end' (a trigger's BEGIN … END; or a $$ body is one statement in every Atlas)
      const head = m.up.split('\n').filter((l, i, all) => l.startsWith('--') && all.slice(0, i).every((x) => x.startsWith('--')));
      pair(render('atlas.sql', { noTx, head, steps: splitSql(m.up) }), m.down);
      break;
    }
    default:
      pair(m.up, m.down);
  }
  if (layout === 'atlas') {
    const ups = prior.map((p) => ({ name: p.up.replace(/^migrations\//, ''), body: readPrior(p.up) }));
    const up = files.find((f) => f.path === paths.up)!.body;
    files.push({ path: 'migrations/atlas.sum', body: atlasSum([...ups, { name: paths.up.replace(/^migrations\//, ''), body: up }]) });
  }
  return { files, paths };
}
