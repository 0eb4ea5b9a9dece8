/**
 * kei-migrate runs every file in a transaction of its own (`pool.begin()` … `commit()` around each up and down,
 * KeiSeiKit _primitives/_rust/kei-migrate/src/cmd_up.rs): its layout's files carry no BEGIN … COMMIT, and apply so,
 * init and a change, up → down → up. SQLite refused a nested BEGIN ("cannot start a transaction within a
 * transaction"), psql -1 warned twice per file. A SQLite rebuild of a referenced table (foreign keys off, which SQLite
 * ignores inside a transaction) stops before changing anything, in the guard's one line (kei-migrate has no marker to
 * run it outside); one of a table nothing references keeps foreign keys on and applies (kei-rebuild.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine, useEngine, type EngineId } from '../support/engines.js';
import { clientInstalled } from '../support/sql-clients.js';
import { tempDir } from '../support/temp.js';
import { CASES, base, change } from '../change-cases.js';
import { buildInit, type InitAnswers } from '../../src/core/init.js';
import type { Design } from '../../src/state/design-schema.js';

const PG = ['-h', '127.0.0.1', '-p', process.env.DBS_PG_PORT ?? '5432', '-U', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1'];

/** The init's up and down, then renameColumn's (an ALTER on every engine, no rebuild): as kei-migrate applies them. */
function files(db: EngineId): { init: { up: string; down: string }; renamed: { up: string; down: string } } {
  const design: Design = base(db);
  const init = buildInit({ ...(design.answers as InitAnswers) }, undefined, tempDir('kw'), new Date('2026-03-04T05:06:07Z')).files;
  const body = (re: RegExp) => init.find((f) => re.test(f.path))!.body;
  const c = change(design, CASES.renameColumn);
  return { init: { up: body(/_init_schema\.sql$/), down: body(/_init_schema\.down\.sql$/) }, renamed: { up: c.up!, down: c.down! } };
}

test.each(['postgres', 'mysql', 'sqlite'] as const)('%s: no file of kei-migrate\'s layout opens a transaction of its own', (db) => {
  const f = files(db);
  for (const sql of [f.init.up, f.init.down, f.renamed.up, f.renamed.down]) expect(sql).not.toMatch(/^(BEGIN|START TRANSACTION|COMMIT);$/m);
});

test('online mode: a migration that must run outside a transaction is refused in kei-migrate\'s layout, naming the runners that can', () => {
  const design = base('postgres');
  const online = { ...design, answers: { ...design.answers, safety: 'online' as const } };
  expect(() => change(online, CASES.addIndex)).toThrow(/outside a transaction .*which kei-migrate cannot do; use runner existing with dbmate, goose, atlas or sqlx/);
});

describeEngine('sqlite', 'kei-migrate\'s transaction around each file', (id) => {
  const engine = useEngine(id);
  const wrapped = (sql: string) => engine().exec(`BEGIN;\n${sql}\nCOMMIT;`);
  test('init, change, down, up: each in one outer transaction', async () => {
    const f = files('sqlite');
    await engine().exec('PRAGMA foreign_keys = ON;');
    for (const sql of [f.init.up, f.renamed.up, f.renamed.down, f.renamed.up]) await wrapped(sql);
    expect((await engine().catalog()).tables.books.columns.map((c) => c.name)).toContain('headline');
  });
  test('a rebuild stops at its guard before anything changes, naming what to do', async () => {
    const before = await engine().catalog();
    const up = change(base('sqlite'), CASES.intToBigint).up!;
    await expect(wrapped(up)).rejects.toThrow(/needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction: run this file outside one/);
    await engine().exec('ROLLBACK;');
    expect(await engine().catalog()).toEqual(before);
  });
});

describeEngine('postgres', 'kei-migrate\'s transaction around each file (psql -1: the same BEGIN … COMMIT)', (id) => {
  const engine = useEngine(id);
  test('init, change, down, up: no warning, the column renamed', async () => {
    expect(clientInstalled('postgres')).toBe(true);
    const dir = tempDir('kw-pg');
    const f = files('postgres');
    for (const [i, sql] of [f.init.up, f.renamed.up, f.renamed.down, f.renamed.up].entries()) {
      writeFileSync(join(dir, `${i}.sql`), sql);
      const r = spawnSync('psql', [...PG, '-d', engine().name, '-1', '-f', `${i}.sql`], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect((await engine().catalog()).tables.books.columns.map((c) => c.name)).toContain('headline');
  });
});

describeEngine('mysql', 'kei-migrate\'s transaction around each file (DDL commits on its own)', (id) => {
  const engine = useEngine(id);
  test('init, change, down, up inside START TRANSACTION … COMMIT, no warning left', async () => {
    const f = files('mysql');
    for (const sql of [f.init.up, f.renamed.up, f.renamed.down, f.renamed.up]) {
      await engine().exec(`START TRANSACTION;\n${sql}\nCOMMIT;`);
      expect(await engine().query('SHOW WARNINGS')).toEqual([]);
    }
    expect((await engine().catalog()).tables.books.columns.map((c) => c.name)).toContain('headline');
  });
});
