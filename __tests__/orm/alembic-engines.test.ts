/**
 * The Alembic chain of a design and a later change (an FK cycle: SQLite's down turns foreign keys off) with
 * Debian's python3-alembic 1.8 / SQLAlchemy 1.4 and the URL of secrets/db.env's form (alembic/env.py turns
 * it into SQLAlchemy's): upgrade, downgrade one, downgrade to nothing, upgrade again, on each real engine.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type Engine, type EngineId } from '../support/engines.js';
import { python } from './python.js';
import { describeWith, PSYCOPG2, PYMYSQL, SQLALCHEMY, SQLITE3 } from '../support/extras.js';
import { databaseUrl, initAndChange } from '../support/project.js';

/** Tables (and SQLite triggers) there now. */
async function objects(e: Engine | undefined, file: string): Promise<string[]> {
  if (e) return Object.keys((await e.catalog()).tables).sort();
  const r = spawnSync('sqlite3', [file, "SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY 1"], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

describeEachEngine('Alembic chain: upgrade → downgrade to nothing → upgrade', (db) => {
  const driver = db === 'postgres' ? [PSYCOPG2] : db === 'mysql' ? [PYMYSQL] : [SQLITE3];
  describeWith([SQLALCHEMY, ...driver], `Alembic on ${db}`, () => {
  let e: Engine | undefined;
  beforeAll(async () => { if (db !== 'sqlite') e = await openEngine(db); });
  afterAll(async () => e?.close());

  test('a design and a later change', async () => {
    const { dir, design } = initAndChange(db, { orm: 'sqlalchemy', runner: 'existing' }, `alembic-${db}`);
    const revs = design.migrations.map((m) => m.version);
    expect(design.migrations.map((m) => m.up)).toEqual([`alembic/versions/${revs[0]}_init_schema.py`, `alembic/versions/${revs[1]}_add_room_and_shelf.py`]);
    const file = join(dir, 'app.db');
    const url = databaseUrl(db, e?.name, dir);
    const alembic = (...args: string[]) => python(['-m', 'alembic', ...args], dir, { DATABASE_URL: url });
    const tables = design.schema!.tables;
    const all = [...tables.map((t) => t.name), ...(e ? [] : tables.flatMap((t) => (t.trigger ? [t.trigger] : []))), 'alembic_version'].sort();
    alembic('upgrade', 'head');
    expect(await objects(e, file)).toEqual(all);
    expect(alembic('current')).toContain(`${revs[1]} (head)`);
    alembic('downgrade', '-1');
    expect(await objects(e, file)).toEqual(all.filter((t) => !/room|shel/.test(t)));
    alembic('downgrade', 'base');
    expect(await objects(e, file)).toEqual(['alembic_version']);
    alembic('upgrade', 'head');
    expect(await objects(e, file)).toEqual(all);
  }, 120_000);
  });
});
