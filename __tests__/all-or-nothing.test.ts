/**
 * All or nothing per migration, through the printed commands: a change whose second step fails on the data
 * (PostgreSQL: a narrowing with a value too long; SQLite, which does not enforce VARCHAR lengths: a UNIQUE
 * over duplicates, after the authors table was rebuilt) leaves the database exactly as before, catalog and
 * rows, through the printed loop; with the data fixed the same loop applies it, and the down reverts it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describeEngine, openEngine, type Catalog, type Engine, type EngineId } from './support/engines.js';
import { openSqlite } from './support/engine-sqlite.js';
import { clientInstalled } from './support/sql-clients.js';
import { describeWith, SQLITE3 } from './support/extras.js';
import { tempDir } from './support/temp.js';
import { CLOCK, LINES, SEED, base, change } from './change-cases.js';
import { buildInit, type InitAnswers } from '../src/core/init.js';
import { nextSteps } from '../src/report/next-steps.js';
import type { FileRecord } from '../src/io/files.js';

const SPEC = {
  lines: {
    Author: LINES.Author.replace('name,', 'name:string(80),'),
    Book: LINES.Book.replace('title,', 'title:unique,').replace('string(20)', 'string(8)'),
  },
  extra: { allowDestructive: true }, kinds: [],
};
const BAD = "UPDATE books SET isbn = 'isbn-far-too-long', title = 'Alpha' WHERE id = 2;";
const FIX = "UPDATE books SET isbn = 'i-2', title = 'Beta' WHERE id = 2;";

/** The printed commands of the undecided runner (kei-migrate layout): every line that is not a comment. */
function printedLoop(db: EngineId): string {
  const text = nextSteps({ db, orm: 'none', runner: 'later' });
  const cmds = text.split('\n').slice(1).map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('Reminder'));
  expect(cmds[cmds.length - 1]).toMatch(/^for f in .* \|\| break; done$/);
  return cmds.join('\n');
}

function write(dir: string, files: FileRecord[], only: RegExp): void {
  rmSync(join(dir, 'migrations'), { recursive: true, force: true });
  for (const f of files.filter((x) => only.test(x.path))) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.body);
  }
}

const sh = (dir: string, script: string) =>
  spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, PGPASSWORD: '' } });

interface Seen { catalog: Catalog; rows: Record<string, unknown[]> }
interface Target { url: string; look(): Promise<Seen>; run(sql: string): Promise<void>; close(): Promise<void> }

async function snapshot(e: Engine): Promise<Seen> {
  const catalog = await e.catalog();
  const rows: Record<string, unknown[]> = {};
  for (const t of Object.keys(catalog.tables).sort()) rows[t] = await e.query(`SELECT * FROM "${t}" ORDER BY 1, 2`);
  return { catalog, rows };
}

async function target(id: EngineId, dir: string): Promise<Target> {
  if (id === 'postgres') {
    const e = await openEngine('postgres');
    const url = `postgres://postgres@127.0.0.1:${process.env.DBS_PG_PORT ?? 5432}/${e.name}`;
    return { url, look: () => snapshot(e), run: (s) => e.exec(s), close: () => e.close() };
  }
  const file = join(dir, 'app.db');
  const withFile = async <T>(fn: (e: Engine) => Promise<T>) => {
    const e = await openSqlite(readFileSync(file));
    try { return await fn(e); } finally { await e.close(); }
  };
  return {
    url: `sqlite:${file}`, look: () => withFile(snapshot), close: async () => undefined,
    run: async (s) => {
      const x = spawnSync('sqlite3', ['-bail', file], { input: `PRAGMA foreign_keys = ON;\n${s}`, encoding: 'utf8' });
      if (x.status !== 0) throw new Error(x.stderr);
    },
  };
}

for (const id of ['postgres', 'sqlite'] as const) {
  const suite = () => {
    test('a step that fails mid-file changes nothing; fixed, the same loop applies it; the down reverts it', async () => {
      const dir = tempDir(`aon-${id}`);
      const design = base(id);
      const out = change(design, SPEC);
      const up = out.files.find((f) => /^migrations\/\d+_change_.*(?<!\.down)\.sql$/.test(f.path))!;
      const down = out.files.find((f) => f.path.endsWith('.down.sql') && f.path.includes('_change_'))!;
      const t = await target(id, dir);
      try {
        mkdirSync(join(dir, 'secrets'));
        writeFileSync(join(dir, 'secrets', 'db.env'), `DATABASE_URL=${t.url}\n`);
        const loop = printedLoop(id);
        write(dir, buildInit({ ...(design.answers as InitAnswers) }, undefined, dir, CLOCK).files, /_init_schema\.sql$/);
        expect(sh(dir, loop).stderr).toBe('');
        await t.run(`${SEED}\n${BAD}`);
        const before = await t.look();
        write(dir, [up], /./);
        expect(sh(dir, loop).stderr).toMatch(id === 'postgres'
          ? /value too long for type character varying\(8\)/ : /UNIQUE constraint failed: __new_books\.title/);
        expect(await t.look()).toEqual(before);
        await t.run(FIX);
        const fixed = await t.look();
        expect(sh(dir, loop).stderr).toBe('');
        const after = await t.look();
        expect(after.catalog).not.toEqual(fixed.catalog);
        write(dir, [{ ...down, path: down.path.replace('.down.sql', '.sql') }], /./);
        expect(sh(dir, loop).stderr).toBe('');
        expect((await t.look()).catalog).toEqual(fixed.catalog);
      } finally { await t.close(); }
    });
  };
  if (id === 'postgres') {
    describeEngine('postgres', 'all or nothing via psql', () => {
      if (clientInstalled('postgres')) suite();
      else test('psql is installed', () => { throw new Error('psql missing: apt-get install postgresql-client'); });
    });
  }
  else describeWith([SQLITE3], 'all or nothing via the sqlite3 client', suite);
}
