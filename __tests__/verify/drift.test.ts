/**
 * Drift against a live database on the real PostgreSQL and MariaDB (the harness's scratch databases as the
 * live ones, migrated and recorded in kei-migrate's table): clean at its version (exit 0); a column added by
 * hand is named (exit 1); --revert's file applied by hand and --adopt's pair recorded as applied each give a
 * clean second verify; the live database is never written (its catalog and a row count before and after).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine } from '../support/engines.js';
import { sharedScratch } from './project.js';
import { applyPlan } from '../../src/io/apply.js';
import { INIT, liveBlog } from './live.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());

describe.each(['postgres', 'mysql'] as const)('%s', (db) => describeEngine(db, 'a live database', () => {
  const l = liveBlog(db, scratch);
  const { run, seen } = l;

  test('at its version it matches: exit 0; nothing written to it', async () => {
    const before = await seen();
    const r = await run();
    expect(r.findings).toEqual([]);
    expect(r.lines[4]).toMatch(new RegExp(`^drift +ok: ${db}://\\S+ at ${INIT} matches the migrations$`));
    expect(await seen()).toEqual(before);
  });

  test('a column added by hand: named, exit 1; --revert writes the fix, never runs it; applied, the next verify is clean', async () => {
    await l.exec('ALTER TABLE users ADD COLUMN nickname VARCHAR(40)');
    const before = await seen();
    const r = await run({ revert: true });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^db\/schema\.sql:\d+ schema-drift column users\.nickname: only in the live database \(\S+ at 20260102030405\) — --adopt/));
    expect(await seen()).toEqual(before);
    applyPlan(l.dir, r.files);
    const [up] = readdirSync(join(l.dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
    await l.exec(readFileSync(join(l.dir, 'db/drift', up), 'utf8'));
    expect((await run()).exit).toBe(0);
  });

  test('--adopt takes the column into the design; recorded as applied, the next verify (replay included) is clean', async () => {
    await l.exec('ALTER TABLE users ADD COLUMN nickname VARCHAR(40)');
    const before = await seen();
    const r = await run({ adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    expect(r.exit).toBe(1);
    expect(await seen()).toEqual(before);
    applyPlan(l.dir, r.files);
    expect(readFileSync(join(l.dir, 'migrations/20260201000000_adopt_drift.sql'), 'utf8')).toMatch(/ADD COLUMN [`"]nickname[`"] VARCHAR\(40\)/);
    expect(readFileSync(join(l.dir, 'db/schema.sql'), 'utf8')).toMatch(/[`"]nickname[`"] VARCHAR\(40\)/);
    await l.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x', 't')");
    const again = await run();
    expect(again.findings).toEqual([]);
    expect(again.lines[3]).toMatch(/^replay +ok: 2 ups/);
  });
}));
