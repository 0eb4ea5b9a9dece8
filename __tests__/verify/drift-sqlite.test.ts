/**
 * SQLite FK and CHECK drift, made by hand as a user does with the sqlite3 CLI (its ALTER TABLE cannot touch
 * either: the table is rebuilt — a new table, the rows copied, the old dropped, the new renamed, its indexes and
 * trigger made again). SQLite names no FK, and numbers them anew when one goes: the check matches them by what
 * they do. verify names each kind (exit 1) and never writes the live file (its bytes and a row count before and
 * after); `--adopt` takes them into the design, its migration recorded as applied, the next verify clean;
 * `--revert`'s file, applied with sqlite3, brings the database back to the design, the next verify clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { readDesign, sharedScratch } from './project.js';
import { drifted as made, liveBlog } from './live.js';
import { comments, posts } from './sqlite-rebuild.js';

const NAMED = [/^foreign key comments \(post_id\) → posts: onDelete: live "(cascade|restrict)" \/ migrations "(restrict|cascade)"/,
  /^foreign key comments \(user_id\) → users: (missing from|only in) the live/, /^check comments "body" <> '': (only in|missing from) the live/,
  /^check posts "status" IN .*: expr: live /, /^check posts "view_count" >= 0: (missing from|only in) the live/];

const scratch = sharedScratch();
afterAll(() => scratch.close());

describeWith([SQLITE3], 'SQLite FK and CHECK drift', () => describe('FK and CHECK drift made through a table rebuild', () => {
  const l = liveBlog('sqlite', scratch);
  async function drifted(sql: string[], fix: object) {
    const { r } = await made(l, sql, NAMED, fix);
    expect(r.findings).toHaveLength(NAMED.length); // nothing else: the FKs renumbered by the rebuild are not named
    return r;
  }
  const clean = async () => {
    const again = await l.run();
    expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
    expect(again.findings).toEqual([]);
  };

  test('--adopt: an FK dropped, one ON DELETE changed, a CHECK added, one dropped, one with a new value', async () => {
    await drifted([comments('CASCADE', false, true), posts(['draft', 'published', 'archived', 'hidden'], false)],
      { adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    await l.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x', 't')");
    await clean();
    const model = readDesign(l.dir).model!;
    const ent = (t: string) => model.entities.find((e) => e.table === t)!;
    expect(ent('posts').fields.find((f) => f.name === 'status')!.type).toEqual({ kind: 'enum', values: ['draft', 'published', 'archived', 'hidden'] });
    expect(ent('comments').fields.find((f) => f.name === 'user_id')?.ref).toBeUndefined();
    const up = readFileSync(join(l.dir, 'migrations/20260201000000_adopt_drift.sql'), 'utf8');
    expect(up).toMatch(/CHECK \("body" <> ''\)/);
    expect(up).toMatch(/FOREIGN KEY \("post_id"\) REFERENCES "posts" \("id"\) ON DELETE CASCADE/);
  }, 300000);

  test('--revert: the same kinds the other way; the file, run with sqlite3, brings the database back', async () => {
    const design = readFileSync(join(l.dir, 'db/design.json'), 'utf8');
    await drifted([comments('RESTRICT', true, false), posts(['draft', 'published', 'archived'], true)], { revert: true });
    expect(readFileSync(join(l.dir, 'db/design.json'), 'utf8')).toEqual(design);
    const [up] = readdirSync(join(l.dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
    const body = readFileSync(join(l.dir, 'db/drift', up), 'utf8');
    expect(body).not.toMatch(/not written/);
    await l.exec(body);
    await clean();
  }, 300000);
}));
