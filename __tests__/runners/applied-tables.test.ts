/**
 * appliedVersions reads each runner's own table of applied versions, on the real PostgreSQL and MariaDB: dbmate's
 * written by dbmate itself (node_modules); goose, golang-migrate, sqlx, Atlas, Prisma and Alembic by each tool's
 * documented DDL (support/runner-tables.ts) and the rows it writes (a later goose down, a golang-migrate dirty flag, a failed sqlx run, a
 * rolled-back Prisma migration).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type Engine, type EngineId } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { tempDir } from '../support/temp.js';
import { RUNNER_DDL } from '../support/runner-tables.js';
import { appliedVersions, RUNNER_TABLES } from '../../src/runners/applied.js';
import type { LayoutId as Layout } from '../../src/runners/layout.js';

const [V1, V2, V3] = ['20260102030405', '20260102030406', '20260102030407'];
const ROWS: Partial<Record<Layout, string>> = {
  goose: `INSERT INTO goose_db_version (version_id, is_applied) VALUES (${V1}, true), (${V2}, true), (${V3}, true), (${V3}, false)`,
  'golang-migrate': `INSERT INTO schema_migrations VALUES (${V2}, false)`,
  sqlx: `INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) VALUES (${V1}, 'init', true, 'x', 1), (${V2}, 'more', true, 'x', 1), (${V3}, 'failed', false, 'x', 1)`,
  atlas: `INSERT INTO atlas_schema_revisions (version, description, executed_at, execution_time, hash, operator_version) VALUES ('${V2}', 'more', CURRENT_TIMESTAMP, 1, 'h', 'v'), ('${V1}', 'init', CURRENT_TIMESTAMP, 1, 'h', 'v')`,
  prisma: `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, rolled_back_at) VALUES ('a', 'c', CURRENT_TIMESTAMP, '${V1}_init', NULL), ('b', 'c', CURRENT_TIMESTAMP, '${V2}_more', NULL), ('c', 'c', NULL, '${V3}_failed', CURRENT_TIMESTAMP)`,
  alembic: `INSERT INTO alembic_version VALUES ('${V2}')`,
};
const DDL = Object.fromEntries(Object.entries(ROWS).map(([k, rows]) => [k, (db: EngineId) => [...RUNNER_DDL[k as Layout]!(db), rows]])) as
  Partial<Record<Layout, (db: EngineId) => string[]>>;
const EXPECTED: Partial<Record<Layout, { versions: string[]; dirty?: boolean }>> = {
  goose: { versions: [V1, V2] }, 'golang-migrate': { versions: [V2], dirty: false }, sqlx: { versions: [V1, V2] },
  atlas: { versions: [V1, V2] }, prisma: { versions: [V1, V2] }, alembic: { versions: [V2] },
};

describeEachEngine('the runners\' tables of applied versions', (db) => {
  let e: Engine;
  beforeEach(async () => { e = await openEngine(db); });
  afterEach(async () => e.close());
  const conn = () => ({ query: (q: string) => e.query(q) });
  const tables = async () => Object.keys((await e.catalog()).tables);

  test.each(Object.keys(DDL) as Layout[])('%s', async (layout) => {
    expect(await appliedVersions(layout, conn(), await tables())).toBeUndefined();
    for (const s of DDL[layout]!(db)) await e.exec(s);
    expect(await tables()).toContain(RUNNER_TABLES[layout]);
    expect(await appliedVersions(layout, conn(), await tables())).toEqual(EXPECTED[layout]);
    if (layout === 'golang-migrate') {
      await e.exec('UPDATE schema_migrations SET dirty = true');
      expect(await appliedVersions(layout, conn(), await tables())).toEqual({ versions: [V2], dirty: true });
    }
  });

  test('dbmate: the table dbmate itself writes', async () => {
    const dir = tempDir(`applied-dbmate-${db}`);
    mkdirSync(join(dir, 'db/migrations'), { recursive: true });
    for (const v of [V1, V2]) writeFileSync(join(dir, `db/migrations/${v}_t${v}.sql`), `-- migrate:up\nCREATE TABLE t${v} (id INT);\n-- migrate:down\nDROP TABLE t${v};\n`);
    const url = databaseUrl(db, e.name, dir) + (db === 'postgres' ? '?sslmode=disable' : '');
    const run = (...a: string[]) => spawnSync(join(process.cwd(), 'node_modules', '.bin', 'dbmate'), ['--no-dump-schema', ...a], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
    expect(run('up').status).toBe(0);
    expect(await appliedVersions('dbmate', conn(), await tables())).toEqual({ versions: [V1, V2] });
    expect(run('rollback').status).toBe(0);
    expect(await appliedVersions('dbmate', conn(), await tables())).toEqual({ versions: [V1] });
  });
}, ['postgres', 'mysql']);
