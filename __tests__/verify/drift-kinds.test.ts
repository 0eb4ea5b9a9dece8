/**
 * Every kind of drift the drift check names, made by hand on a live database (the real PostgreSQL and MariaDB; an
 * SQLite file through the sqlite3 CLI, with what its ALTER TABLE does by hand: tables, columns, indexes):
 * verify names each (exit 1) and never writes the live database (its catalog and a row count before and after);
 * `--adopt` takes them all into the design (two rounds: what round one adopted is dropped by hand in round two),
 * its migration recorded as applied, and the next verify (replay included) is clean; `--revert`'s file, applied
 * to the live database, brings it back to the design, which it leaves as it was, and the next verify is clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { readDesign, sharedScratch } from './project.js';
import { applyPlan } from '../../src/io/apply.js';
import { liveBlog } from './live.js';
import { DRIFT, named } from './drift-kinds.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

describe.each(['postgres', 'mysql', 'sqlite'] as const)('%s', (db) => describeWith(db === 'sqlite' ? [SQLITE3] : [], `drift kinds on ${db}`,
  () => describeEngine(db, 'every drift kind on a live database', () => {
  const l = liveBlog(db, scratch);
  const { run, seen } = l;
  const drift = DRIFT[db]!;
  /** The drift made, verified with the fix asked for: each kind named, exit 1, the live database as it was. */
  async function drifted(sql: string[], named: RegExp[], fix: object) {
    for (const s of sql) await l.exec(s);
    const before = await seen();
    const r = await run(fix);
    expect(r.exit === 1 ? 1 : r.lines.join('\n')).toBe(1);
    const lines = r.findings.map((f) => f.message);
    expect(named.filter((n) => !lines.some((l) => n.test(l)))).toEqual([]);
    expect(await seen()).toEqual(before);
    applyPlan(l.dir, r.files);
    return r;
  }
  async function adopt(round: 'adopt1' | 'adopt2', version: string) {
    const r = await drifted(drift[round], named(db, round), { adopt: true, clock: new Date(`${version.slice(0, 4)}-${version.slice(4, 6)}-${version.slice(6, 8)}T00:00:00Z`) });
    expect(r.files.map((f) => f.path)).toEqual(expect.arrayContaining([`migrations/${version}_adopt_drift.sql`, 'db/schema.sql', 'db/schema.md', 'db/design.json']));
    await l.exec(`INSERT INTO _kei_migrations VALUES (${version}, 'adopt_drift', 'x', 't')`);
    const again = await run();
    expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
    expect(again.findings).toEqual([]);
  }


  test('--adopt, round one: tables, columns, keys, CHECKs, enum values, column and table comments added or changed by hand', async () => {
    await adopt('adopt1', '20260201000000');
    const model = readDesign(l.dir).model!;
    const users = model.entities.find((e) => e.table === 'users')!;
    expect(users.fields.find((f) => f.name === 'nickname')).toMatchObject({ type: { kind: 'string', length: 40 }, nullable: true, unique: db !== 'sqlite' });
    expect(users.fields.some((f) => f.name === 'bio')).toBe(false);
    const values = db === 'sqlite' ? ['draft', 'published', 'archived'] : ['draft', 'published', 'archived', 'hidden']; // SQLite: no CHECK changed by hand
    expect(model.entities.find((e) => e.table === 'posts')!.fields.find((f) => f.name === 'status')!.type).toEqual({ kind: 'enum', values });
    expect(model.entities.some((e) => e.table === 'badges')).toBe(true);
    expect(readFileSync(join(l.dir, 'db/schema.md'), 'utf8')).toMatch(/^ {4}badges \{$/m);
    expect(model.entities.find((e) => e.table === 'tags')!.doc).toBe(db === 'sqlite' ? undefined : 'labels'); // SQLite: no table comments
  }, 300000);

  test('--adopt, round two: a table, indexes, a unique and an FK dropped by hand', async () => {
    await adopt('adopt2', '20260202000000');
    expect(readDesign(l.dir).model!.entities.some((e) => e.table === 'comments')).toBe(false);
    expect(readFileSync(join(l.dir, 'db/schema.sql'), 'utf8')).not.toMatch(/CREATE TABLE IF NOT EXISTS .comments/);
  }, 300000);

  test('--revert: the file, applied to the live database, brings it back to the design; the design is left as it was', async () => {
    const design = readFileSync(join(l.dir, 'db/design.json'), 'utf8');
    await drifted(drift.revert, named(db, 'revert'), { revert: true });
    expect(readFileSync(join(l.dir, 'db/design.json'), 'utf8')).toEqual(design);
    const [up] = readdirSync(join(l.dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
    await l.exec(readFileSync(join(l.dir, 'db/drift', up), 'utf8'));
    const again = await run();
    expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
    expect(again.findings).toEqual([]);
  }, 300000);
})));
