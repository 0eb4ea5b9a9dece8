/**
 * Drift made by hand on the kinds drift-kinds and drift-unsaid leave out (drift-hand.ts): a generated column's
 * expression, an index's method, order or DESC, a junction's column and index, a junction dropped, an SQLite primary
 * key changed by a rebuild — on the real PostgreSQL and MariaDB and an SQLite file (the sqlite3 CLI). verify names
 * each (exit 1) and never writes the live database; `--adopt` takes it (into the design, or its residue), recorded
 * as applied, the next verify clean; `--revert`'s file writes every statement (no `-- not written`), says what it
 * cannot undo exactly, applied brings the database back (next verify clean), and its down gives the drift back.
 */
import { describeEngine } from '../support/engines.js';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { readDesign, sharedScratch } from './project.js';
import { applyPlan } from '../../src/io/apply.js';
import { drifted as made, liveBlog, revertedAndBack, type Live, type LiveDb } from './live.js';
import { HAND, type Hand } from './drift-hand.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

async function clean(l: Live) {
  const again = await l.run();
  expect(again.exit === 0 ? 0 : again.lines.join('\n')).toBe(0);
  expect(again.findings).toEqual([]);
}

/** `before` made and adopted (version 20260120…), then the drift made and verified with `fix`: each named, the live database as it was. */
async function drifted(l: Live, h: Hand, fix: object) {
  if (h.before) {
    for (const s of h.before) await l.exec(s);
    applyPlan(l.dir, (await l.run({ adopt: true, clock: new Date('2026-01-20T00:00:00Z') })).files);
    await l.exec("INSERT INTO _kei_migrations VALUES (20260120000000, 'adopt_drift', 'x', 't')");
    await clean(l);
  }
  return (await made(l, h.sql, h.named, fix)).r;
}

describe.each(['postgres', 'mysql', 'sqlite'] as const)('%s', (db: LiveDb) => describeWith(db === 'sqlite' ? [SQLITE3] : [], `hand drift on ${db}`,
  () => describeEngine(db, 'drift made by hand', () => describe.each(HAND[db].map((h) => [h.name, h] as const))('%s', (_name, h) => {
  const a = liveBlog(db, scratch);
  test('--adopt takes it, recorded as applied; the next verify is clean', async () => {
    const r = await drifted(a, h, { adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    const up = r.files.find((f) => /_adopt_drift\.sql$/.test(f.path))!.body;
    expect(up).not.toMatch(/^-- not adopted/m);
    if (h.adopted) expect(up).toMatch(h.adopted);
    await a.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x', 't')");
    await clean(a);
    if (h === HAND[db].find((x) => x.name.startsWith('a junction dropped'))) {
      expect(readDesign(a.dir).model!.relations.some((x) => x.kind === 'many-to-many')).toBe(false);
    }
  }, 300000);

  const b = liveBlog(db, scratch);
  test('--revert: every statement written; applied, the next verify is clean (but for what it says it cannot undo); its down gives the drift back', async () => {
    const r = await drifted(b, h, { revert: true });
    const back = await revertedAndBack(b, h.lossy, h.kept);
    expect(back.findings.map((f) => f.message.replace(/ \(.* at \d+\)$/, '')).sort())
      .toEqual(r.findings.map((f) => f.message.replace(/ \(.* at \d+\)$/, '')).sort());
  }, 300000);
}))));
