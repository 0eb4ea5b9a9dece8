/**
 * dbmate (the npm package's own binary) applies db-scaffold's dbmate layout on the real engines: a design
 * and a later change (db-entity, an FK cycle: the SQLite down needs transaction:false) go up, roll back to
 * zero leaving nothing but dbmate's own table, and go up again.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type Engine, type EngineId } from '../support/engines.js';
import { SQLITE3, testWith } from '../support/extras.js';
import { databaseUrl, initAndChange } from '../support/project.js';

const DBMATE = join(process.cwd(), 'node_modules', '.bin', 'dbmate');

function layDown(db: EngineId): { dir: string; files: string[]; tables: string[] } {
  const { dir, design } = initAndChange(db, { runner: 'existing', existing: 'dbmate' }, `dbmate-${db}`);
  return { dir, files: design.migrations.map((m) => m.up), tables: design.schema!.tables.map((t) => t.name).sort() };
}

function dbmate(dir: string, url: string, ...args: string[]): string {
  const r = spawnSync(DBMATE, ['--no-dump-schema', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`dbmate ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Tables (and triggers, functions) the engine holds now, dbmate's own table included. */
async function objects(db: EngineId, e: Engine | undefined, file: string): Promise<{ tables: string[]; other: string[] }> {
  if (!e) {
    const r = spawnSync('sqlite3', [file, "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1"], { encoding: 'utf8' });
    const rows = r.stdout.split('\n').filter(Boolean);
    return { tables: rows.filter((x) => x.startsWith('table ')).map((x) => x.slice(6)).sort(), other: rows.filter((x) => x.startsWith('trigger ')) };
  }
  const c = await e.catalog();
  return { tables: Object.keys(c.tables).sort(), other: [...c.triggers, ...(c.functions ?? [])] };
}

describeEachEngine('dbmate up → rollback to zero → up', (db) => {
  let e: Engine | undefined;
  beforeAll(async () => { if (db !== 'sqlite') e = await openEngine(db); });
  afterAll(async () => e?.close());

  testWith(db === 'sqlite' ? [SQLITE3] : [], `dbmate on ${db}: a design and a later change, on the real engine`, async () => {
    const { dir, files, tables } = layDown(db);
    expect(files.map((f) => f.replace(/\d{14}/, 'TS'))).toEqual(['db/migrations/TS_init_schema.sql', 'db/migrations/TS_add_room_and_shelf.sql']);
    // SQLite: the cycle's down turns foreign_keys off, which only works outside dbmate's transaction
    const change = readFileSync(join(dir, files[1]), 'utf8');
    expect(change.match(/^-- migrate:(up|down).*$/gm)).toEqual(db === 'sqlite'
      ? ['-- migrate:up transaction:false', '-- migrate:down transaction:false'] : ['-- migrate:up', '-- migrate:down']);
    const file = join(dir, 'app.db');
    const url = databaseUrl(db, e?.name, dir) + (db === 'postgres' ? '?sslmode=disable' : '');
    const withOwn = [...tables, 'schema_migrations'].sort();
    dbmate(dir, url, 'up');
    expect((await objects(db, e, file)).tables).toEqual(withOwn);
    expect(dbmate(dir, url, 'status')).toMatch(/Applied: 2\s+Pending: 0/);
    dbmate(dir, url, 'rollback');
    expect((await objects(db, e, file)).tables).toEqual([...tables.filter((t) => !['rooms', 'shelves'].includes(t)), 'schema_migrations'].sort());
    dbmate(dir, url, 'rollback');
    expect(await objects(db, e, file)).toEqual({ tables: ['schema_migrations'], other: [] });
    dbmate(dir, url, 'up');
    expect((await objects(db, e, file)).tables).toEqual(withOwn);
  }, 120_000);
});
