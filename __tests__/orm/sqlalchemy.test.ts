/**
 * SQLAlchemy with Debian's python3-sqlalchemy (1.4) and python3-alembic (1.8) through /usr/bin/python3:
 * the models module of every design imports, its mappers configure, Base.metadata.create_all works on
 * SQLite (DDL compiles for PostgreSQL and MySQL) with the tables and columns of db/schema.sql; the Alembic
 * chain of a design and a later change upgrades, downgrades to nothing and upgrades again on SQLite.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { buildInit } from '../../src/core/init.js';
import { evolve } from '../../src/diff/evolve.js';
import { addEntities } from '../../src/diff/additions.js';
import { answers, CASES, CLOCK, type Change } from '../entity-cases.js';
import { tempDir } from '../support/temp.js';
import { DESIGN_NAMES, ormDesign } from './designs.js';

const PY = '/usr/bin/python3';
const CHECK = join(process.cwd(), '__tests__', 'orm', 'sqlalchemy-check.py');

function python(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync(PY, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`python3 ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

function writeAll(dir: string, files: { path: string; body: string }[]): void {
  for (const f of files) { mkdirSync(dirname(join(dir, f.path)), { recursive: true }); writeFileSync(join(dir, f.path), f.body); }
}

test('Debian SQLAlchemy 1.4 and Alembic 1.8 are what /usr/bin/python3 sees', () => {
  expect(python(['-c', 'import sqlalchemy, alembic; print(sqlalchemy.__version__, alembic.__version__)'], process.cwd())).toMatch(/^1\.4\.\d+ 1\.8\.\d+/);
});

describe.each(DIALECT_IDS)('%s', (db) => {
  test.each(DESIGN_NAMES)('%s: models import, mappers configure, the tables and columns are the design\'s', (name) => {
    const r = ormDesign(name, db, 'sqlalchemy');
    const dir = tempDir('sa-models');
    writeFileSync(join(dir, 'models.py'), r.files['db/models.py']);
    const made = JSON.parse(python([CHECK, join(dir, 'models.py'), db], dir)) as Record<string, [string, number, number][]>;
    const want = Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, t.columns.map((c) => [c.name, Number(!c.nullable || t.primaryKey.columns.includes(c.name)), Number(t.primaryKey.columns.includes(c.name))])]));
    expect(made).toEqual(want);
  }, 60_000);
});

test('the Alembic chain of a design and a later change: upgrade, downgrade to nothing, upgrade again (SQLite)', () => {
  const dir = tempDir('sa-alembic');
  const built = buildInit({ ...answers('sqlite'), orm: 'sqlalchemy', runner: 'existing' }, undefined, dir, CLOCK);
  writeAll(dir, built.files);
  const c = CASES.cycle as Extract<Change, { kind: 'entity' }>;
  const next = evolve(built.design, addEntities(built.design.model!, built.design.schema!, c.entities, c.relations ?? []), dir, new Date(CLOCK.getTime() + 60_000), 'db-entity');
  writeAll(dir, next.files);
  const revs = next.design.migrations.map((m) => m.version);
  expect(next.design.migrations.map((m) => m.up)).toEqual(revs.map((v, i) => `alembic/versions/${v}_${i ? 'add_room_and_shelf' : 'init_schema'}.py`));
  const env = { DATABASE_URL: `sqlite:${join(dir, 'app.db')}` };
  const alembic = (...args: string[]) => python(['-m', 'alembic', ...args], dir, env);
  const tables = () => spawnSync('sqlite3', [join(dir, 'app.db'), "SELECT name FROM sqlite_master WHERE type IN ('table','trigger') ORDER BY 1"], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const all = [...next.design.schema!.tables.map((t) => t.name), ...next.design.schema!.tables.flatMap((t) => (t.trigger ? [t.trigger] : [])), 'alembic_version'].sort();
  alembic('upgrade', 'head');
  expect(tables()).toEqual(all);
  expect(alembic('current')).toContain(`${revs[1]} (head)`);
  alembic('downgrade', '-1');
  expect(tables()).toEqual(all.filter((t) => !/room|shel/.test(t)));
  alembic('downgrade', 'base');
  expect(tables()).toEqual(['alembic_version']);
  alembic('upgrade', 'head');
  expect(tables()).toEqual(all);
}, 120_000);
