/**
 * One `Layout` per runner: where its migrations live, how they are wrapped, who applies them, what it records,
 * and its block of next-step commands. kei-migrate is the default; dbmate … Atlas are the existing runners a
 * user may have; Alembic and prisma migrate belong to an ORM (runners/owner.ts decides which ORM owns which).
 */
import type { ORM } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import type { FileRecord } from '../io/files.js';
import { render } from '../render/hbs.js';
import { atlasSum } from './atlas-sum.js';
import { splitSql } from './split.js';
import { gooseRead, golangMigrateRead, plain, sqlxRead, type AppliedRead } from './records.js';
import { pyLists, splitAt, type ReadBack } from './read-back.js';
import * as mark from './mark-applied.js';

export const EXISTING = ['dbmate', 'goose', 'golang-migrate', 'sqlx', 'atlas'] as const;
export type Existing = (typeof EXISTING)[number];
export type LayoutId = 'kei-migrate' | Existing | 'alembic' | 'prisma';

export interface Paths { up: string; down: string }
/** A migration framed for its layout (`view`: the same with the trailing blank lines cut, for the templates). */
export interface Framed { version: string; name: string; date: string; up: string; down: string; noTx: boolean }
/** The migrations before it (Atlas's sum covers every up), read from the run's files or the disk. */
export interface Prior { migrations: Migration[]; read: (path: string) => string }

export interface Layout {
  id: LayoutId;
  ownedBy?: ORM;            // the ORM whose own tool applies them (no runner is asked, no other layout fits: owner.ts)
  wraps: boolean;           // the runner runs each file in a transaction of its own (every runner here; kei-migrate: pool.begin() per file)
  asIs?: boolean;           // never framed: the steps run as they are (Alembic: Python's sqlite3 driver begins one itself)
  outsideTx: boolean;       // a file may run outside a transaction (CONCURRENTLY, a batched backfill)
  noTxMark?: string;        // the line by which such a file tells the runner not to wrap it
  oneQuery: boolean;        // the runner sends a file as one query (Atlas runs it statement by statement)
  paths?: (version: string, name: string) => Paths; // absent: the ORM's tool writes its own migrations (prisma migrate)
  files?: (m: Framed, p: Paths, prior: Prior) => FileRecord[]; // absent: the up and the down as they are
  table: string;            // where the runner records what it has applied
  applied: AppliedRead;     // how to read which versions stand from that table (records.ts)
  readBack?: ReadBack;      // one file holds the up and the down: how to read both back (absent: each file is its part)
  markApplied: mark.MarkApplied; // db-import's step marking the baseline applied
  installs?: boolean;       // its next-step block depends on how it is installed (kei-migrate)
  next: string;             // its block in templates/next-steps.hbs
  note?: string;            // said when the first migration is written in it
  driverUrl?: boolean;      // its DATABASE_URL names the Go driver (Connection.driverUrlFormat where the engine's differs)
}

const imm = (path: string, body: string): FileRecord => ({ path, body, immutable: true });
const cut = (m: Framed) => ({ ...m, up: m.up.replace(/\s+$/, ''), down: m.down.replace(/\s+$/, '') });
const at = (dir: string, up: string, down: string) => (v: string, n: string): Paths => ({ up: `${dir}/${v}_${n}${up}`, down: `${dir}/${v}_${n}${down}` });
const oneFile = (m: Framed, p: Paths, template: string) => [imm(p.up, render(template, cut(m)))];

const RUNNER = { wraps: true, outsideTx: true, oneQuery: true };

const LAYOUTS: Record<LayoutId, Layout> = {
  'kei-migrate': { ...RUNNER, id: 'kei-migrate', outsideTx: false, paths: at('migrations', '.sql', '.down.sql'),
    table: '_kei_migrations', next: 'kei', installs: true, applied: plain('SELECT version FROM _kei_migrations'),
    markApplied: mark.keiMark },
  dbmate: { ...RUNNER, id: 'dbmate', noTxMark: '-- migrate:up transaction:false', paths: at('db/migrations', '.sql', '.sql'), files: (m, p) => oneFile(m, p, 'dbmate.sql'),
    table: 'schema_migrations', next: 'dbmate', applied: plain('SELECT version FROM schema_migrations'),
    readBack: splitAt(/^-- migrate:down\b/), markApplied: mark.dbmateMark },
  goose: { ...RUNNER, id: 'goose', noTxMark: '-- +goose NO TRANSACTION', paths: at('migrations', '.sql', '.sql'), files: (m, p) => oneFile(m, p, 'goose.sql'),
    table: 'goose_db_version', next: 'goose', applied: gooseRead, readBack: splitAt(/^-- \+goose Down\b/),
    markApplied: mark.gooseMark },
  'golang-migrate': { ...RUNNER, id: 'golang-migrate', paths: at('migrations', '.up.sql', '.down.sql'),
    table: 'schema_migrations', next: 'golangMigrate', applied: golangMigrateRead, markApplied: mark.golangMigrateMark,
    driverUrl: true }, // its CLI picks the driver by the URL's scheme
  sqlx: { ...RUNNER, id: 'sqlx', noTxMark: '-- no-transaction', paths: at('migrations', '.up.sql', '.down.sql'), table: '_sqlx_migrations', next: 'sqlx',
    applied: sqlxRead, markApplied: mark.sqlxMark,
    files: (m, p) => (m.noTx ? [imm(p.up, `-- no-transaction\n${m.up}`), imm(p.down, `-- no-transaction\n${m.down}`)] : [imm(p.up, m.up), imm(p.down, m.down)]),
    note: 'migrations/ is in sqlx-cli\'s reversible layout: `sqlx migrate run` (and `sqlx::migrate!()`) picks it up' },
  atlas: { ...RUNNER, id: 'atlas', noTxMark: '-- atlas:txmode none', oneQuery: false, table: 'atlas_schema_revisions', next: 'atlas',
    applied: plain('SELECT version FROM atlas_schema_revisions'), markApplied: mark.atlasMark,
    paths: (v, n) => ({ up: `migrations/${v}_${n}.sql`, down: `migrations/down/${v}_${n}.sql` }), // plain downs beside
    files: (m, p, prior) => { // statements ended by '-- end' (a trigger's BEGIN … END; or a $$ body is one statement in every Atlas)
      const head = m.up.split('\n').filter((l, i, all) => l.startsWith('--') && all.slice(0, i).every((x) => x.startsWith('--')));
      const up = render('atlas.sql', { noTx: m.noTx, head, steps: splitSql(m.up) });
      const name = (path: string) => path.replace(/^migrations\//, '');
      const ups = prior.migrations.map((x) => ({ name: name(x.up), body: prior.read(x.up) }));
      return [imm(p.up, up), imm(p.down, m.down), { path: 'migrations/atlas.sum', body: atlasSum([...ups, { name: name(p.up), body: up }]) }];
    } },
  alembic: { ...RUNNER, id: 'alembic', ownedBy: 'sqlalchemy', asIs: true, paths: at('alembic/versions', '.py', '.py'),
    table: 'alembic_version', next: 'alembic', readBack: pyLists, markApplied: mark.alembicMark,
    applied: plain('SELECT version_num AS version FROM alembic_version'),
    files: (m, p, prior) => {
      const previous = prior.migrations.length ? prior.migrations[prior.migrations.length - 1].version : undefined;
      const steps = (sql: string) => splitSql(sql).map((s) => JSON.stringify(s));
      return [imm(p.up, render('alembic-revision.py', { ...cut(m), previous, upSteps: steps(m.up), downSteps: steps(m.down) }))];
    } },
  prisma: { ...RUNNER, id: 'prisma', ownedBy: 'prisma', table: '_prisma_migrations', next: 'prisma', markApplied: mark.prismaMark,
    applied: plain('SELECT migration_name AS version FROM _prisma_migrations'
      + ' WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL') },
};

export const layoutNamed = (id: LayoutId): Layout => LAYOUTS[id];
export const LAYOUT_LIST: readonly Layout[] = Object.values(LAYOUTS);
