/**
 * The Alembic chain of a design and a later change (an FK cycle: SQLite's down turns foreign keys off) with
 * Debian's python3-alembic 1.8 / SQLAlchemy 1.4 and the URL of secrets/db.env's form (alembic/env.py turns
 * it into SQLAlchemy's): upgrade, downgrade one, downgrade to nothing, upgrade again, on each real engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeEachEngine, openEngine, type Engine, type EngineId } from '../support/engines.js';
import { tempDir } from '../support/temp.js';
import { answers, CASES, CLOCK, type Change } from '../entity-cases.js';
import { buildInit } from '../../src/core/init.js';
import { evolve } from '../../src/diff/evolve.js';
import { addEntities } from '../../src/diff/additions.js';
import type { FileRecord } from '../../src/io/files.js';
import { python } from './python.js';

function project(db: EngineId) {
  const dir = tempDir(`alembic-${db}`);
  const write = (fs: FileRecord[]) => fs.forEach((f) => { mkdirSync(dirname(join(dir, f.path)), { recursive: true }); writeFileSync(join(dir, f.path), f.body); });
  const built = buildInit({ ...answers(db), orm: 'sqlalchemy', runner: 'existing' }, undefined, dir, CLOCK);
  write(built.files);
  const c = CASES.cycle as Extract<Change, { kind: 'entity' }>;
  const next = evolve(built.design, addEntities(built.design.model!, built.design.schema!, c.entities, c.relations ?? []), dir, new Date(CLOCK.getTime() + 60_000), 'db-entity');
  write(next.files);
  return { dir, design: next.design };
}

/** Tables (and SQLite triggers) there now. */
async function objects(e: Engine | undefined, file: string): Promise<string[]> {
  if (e) return Object.keys((await e.catalog()).tables).sort();
  const r = spawnSync('sqlite3', [file, "SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY 1"], { encoding: 'utf8' });
  return r.stdout.split('\n').filter(Boolean);
}

describeEachEngine('Alembic chain: upgrade → downgrade to nothing → upgrade', (db) => {
  let e: Engine | undefined;
  beforeAll(async () => { if (db !== 'sqlite') e = await openEngine(db); });
  afterAll(async () => e?.close());

  test('a design and a later change', async () => {
    const { dir, design } = project(db);
    const revs = design.migrations.map((m) => m.version);
    expect(design.migrations.map((m) => m.up)).toEqual([`alembic/versions/${revs[0]}_init_schema.py`, `alembic/versions/${revs[1]}_add_room_and_shelf.py`]);
    const file = join(dir, 'app.db');
    const url = db === 'postgres' ? `postgres://postgres@127.0.0.1:${process.env.DBS_PG_PORT ?? 5432}/${e!.name}`
      : db === 'mysql' ? `mysql://root@127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306}/${e!.name}` : `sqlite:${file}`;
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
