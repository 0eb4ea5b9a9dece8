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

const apart = sharedScratch(); // MySQL's replay scratch is the first block's database, gone with it
afterAll(() => apart.close());
describe.each(['postgres', 'mysql'] as const)('%s', (db) => describeEngine(db, 'drift the design cannot say', () => {
  const l = liveBlog(db, apart);
  test('a CHECK the language cannot read: named, --revert writes the rest and names it in the file as not written', async () => {
    await l.exec('ALTER TABLE users ADD CONSTRAINT users_name_len CHECK (char_length(display_name) < 500)');
    await l.exec('ALTER TABLE users ADD COLUMN age INTEGER');
    const r = await l.run({ revert: true });
    expect(r.exit).toBe(1);
    expect(r.findings.map((f) => f.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^check users .*char_length/)]));
    const up = r.files.find((f) => /_revert_drift\.sql$/.test(f.path))!.body;
    expect(up).toMatch(/^-- not written: check users users_name_len: .*char_length/m);
    expect(up).toMatch(/DROP COLUMN (IF EXISTS )?[`"]age[`"];$/m);
  }, 120000);
  const m = liveBlog(db, apart);
  test('a multi-column FK, a second CHECK on a field, a new primary key, an identity: named; --revert and --adopt say each (which, and which way) as not written', async () => {
    for (const s of ['ALTER TABLE posts ADD CONSTRAINT posts_id_author UNIQUE (id, author_id)',
      'ALTER TABLE comments ADD CONSTRAINT comments_pair_fk FOREIGN KEY (post_id, user_id) REFERENCES posts (id, author_id)',
      'ALTER TABLE posts ADD CONSTRAINT posts_views_cap CHECK (view_count < 1000000)', 'ALTER TABLE posts ADD CONSTRAINT posts_views_odd CHECK (view_count <> 13)',
      `ALTER TABLE comments DROP ${db === 'postgres' ? 'CONSTRAINT pk_comments, ADD CONSTRAINT pk_comments' : 'PRIMARY KEY, ADD'} PRIMARY KEY (id, post_id)`,
      ...(db === 'postgres' ? ['ALTER TABLE users ALTER COLUMN id SET GENERATED BY DEFAULT'] : [])]) await m.exec(s);
    const before = await m.seen();
    const unsaid = [/foreign key comments comments_pair_fk \(post_id, user_id\) → posts \(the design says FKs of one column\) added in the live database/,
      /check posts posts_views_odd .*13.* added in the live database/, /primary key comments \(id, post_id\) changed in the live database \(the design's: \(id\)\)/,
      ...(db === 'postgres' ? [/column users\.id: identity "by-default" \(the design's: "always"\) changed in the live database/] : [])];
    const rev = await m.run({ revert: true });
    expect(rev.exit).toBe(1);
    const revUp = rev.files.find((f) => /_revert_drift\.sql$/.test(f.path))!.body;
    for (const u of unsaid) expect(revUp).toMatch(new RegExp(`^-- not written: ${u.source}`, 'm'));
    const ad = await m.run({ adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    const adUp = ad.files.find((f) => /_adopt_drift\.sql$/.test(f.path))!.body;
    for (const u of unsaid) expect(adUp).toMatch(new RegExp(`^-- not adopted: ${u.source}`, 'm'));
    expect(adUp).toMatch(/^-- adopted from the live database: .*unique posts posts_id_author .*check posts posts_views_cap /m);
    expect(await m.seen()).toEqual(before);
    applyPlan(m.dir, ad.files);
    await m.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x', 't')");
    const again = await m.run();
    expect(again.exit).toBe(1); // what the design cannot say stays, named; nothing else
    const left = [/^primary key comments: columns: live/, /^foreign key comments \(post_id, user_id\) → posts: only in the live/, /^check posts .*13.*: only in the live/, ...(db === 'postgres' ? [/^column users\.id: identity/] : [])];
    const own = /^index comments comments_pair_fk \(post_id, user_id\): only in the live/; // InnoDB's index for that FK, left with it
    expect(again.findings.map((f) => f.message).filter((x) => !own.test(x))).toEqual(left.map((x) => expect.stringMatching(x)));
  }, 120000);
}));
