/**
 * Drift the design language cannot say, made by hand on a live database (the real PostgreSQL and MariaDB; an
 * SQLite file through the sqlite3 CLI, by a table rebuild): an FK of two columns, a second CHECK on a field, a
 * CHECK the language cannot read, a primary key of two columns, an identity's kind, a generated column, ON UPDATE,
 * a collation.
 * verify names each (exit 1) and never writes the live database; `--adopt` keeps them in the design's residue
 * (db/residue.sql), its migration recorded as applied, and the next verify (the replay with the residue
 * included) is clean; what it kept there, dropped by hand again, is taken out of it. `--revert`'s file, applied,
 * brings the database back (next verify clean), and its down, applied after it, gives the drifted catalog back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { readDesign, sharedScratch } from './project.js';
import { applyPlan } from '../../src/io/apply.js';
import { drifted as made, liveBlog, revertedAndBack, type Live, type LiveDb } from './live.js';
import { UNSAID } from './drift-unsaid.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

const clean = async (l: Live) => {
  const again = await l.run();
  expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
  expect(again.findings).toEqual([]);
};

describe.each(['postgres', 'mysql', 'sqlite'] as const)('%s', (db: LiveDb) => describeWith(db === 'sqlite' ? [SQLITE3] : [], `unsaid drift on ${db}`,
  () => describeEngine(db, 'drift the design cannot say', () => {
  const u = UNSAID[db];
  const drifted = (l: Live, fix: object) => made(l, u.sql, u.named, fix);

  const a = liveBlog(db, scratch);
  test('--adopt keeps each in the residue, the next verify clean; one of them dropped by hand again, adopted, leaves the residue', async () => {
    const { r } = await drifted(a, { adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    const up = r.files.find((f) => /_adopt_drift\.sql$/.test(f.path))!.body;
    expect(up).toMatch(/^-- kept in the design's residue /m);
    expect(up).not.toMatch(/^-- not adopted/m);
    const kinds = (readDesign(a.dir).residue ?? []).map((x) => `${x.kind} ${x.name}`);
    expect(kinds).toEqual(expect.arrayContaining(u.residue));
    expect(readFileSync(join(a.dir, 'db/residue.sql'), 'utf8')).toMatch(/adopted from the live database/);
    await a.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x', 't')");
    await clean(a);
    if (!u.undo) return;
    await a.exec(u.undo); // what the residue made, dropped by hand: adopted, it leaves the residue
    const again = await a.run({ adopt: true, clock: new Date('2026-02-02T00:00:00Z') });
    const own = /^index comments comments_pair_fk \(post_id, user_id\): missing from the live/; // MariaDB: InnoDB's index for that FK, gone with it
    expect(again.findings.map((f) => f.message).filter((x) => !own.test(x)))
      .toEqual([expect.stringMatching(/^foreign key comments \(post_id, user_id\) → posts: missing from the live/)]);
    applyPlan(a.dir, again.files);
    expect((readDesign(a.dir).residue ?? []).map((x) => `${x.kind} ${x.name}`)).not.toContain('foreign key comments comments_pair_fk');
    await a.exec("INSERT INTO _kei_migrations VALUES (20260202000000, 'adopt_drift', 'x', 't')");
    await clean(a);
  }, 300000);

  const b = liveBlog(db, scratch);
  test('--revert: its up brings the database back (next verify clean); its down gives the drifted catalog back', async () => {
    const design = readFileSync(join(b.dir, 'db/design.json'), 'utf8');
    const { r, before } = await drifted(b, { revert: true });
    expect(readFileSync(join(b.dir, 'db/design.json'), 'utf8')).toEqual(design);
    const back = await revertedAndBack(b, u.lossy); // the drift again, every object as it was
    expect(back.findings.map((f) => f.message).sort()).toEqual(r.findings.map((f) => f.message).sort());
    if (db !== 'sqlite') expect(await b.seen()).toEqual(before); // SQLite: the catalog, not the file's bytes
  }, 300000);
})));
