/**
 * Property (fast-check, fixed seed): a random design, then a random sequence of changes through db-change.
 * Each change plans or stops with one UserError line; replaying every migration gives the catalog of the
 * last schema.sql loaded fresh, and the downs in reverse order reach the empty database. On SQLite (sql.js)
 * and the real PostgreSQL; with CI=true an unreachable server fails (describeEngine).
 */
import fc from 'fast-check';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInit } from '../../src/core/init.js';
import { planChange } from '../../src/change/plan.js';
import { isUserError } from '../../src/cli/errors.js';
import type { Design } from '../../src/state/design-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { describeEngine } from '../support/engines.js';
import { emptyCatalog } from '../support/schema-run.js';
import { apply, initial, op, specOf, textOf, type S } from './change-ops.js';
import { SEED, withEngine } from './run.js';

const NOWHERE = join(tmpdir(), 'db-scaffold-no-such-dir');
const RUNS: Record<string, number> = { sqlite: Number(process.env.PBT_RUNS ?? 60), postgres: Number(process.env.PBT_ENGINE_RUNS ?? 15) };
const day = (i: number) => new Date(Date.UTC(2026, 0, 2 + i, 3, 4, 5));

interface Replay { ups: string[]; downs: string[]; schema: string; planned: number }

/** The migrations of the design and every change that plans; a refusal must be one line and changes nothing. */
function replay(db: DialectId, s0: S, ops: Parameters<typeof apply>[1][]): Replay {
  const init = buildInit({
    intake: 'random', db, orm: 'none', scale: 'team', style: 'schema-first', migctl: 'manual', entities: textOf(s0),
    relations: s0.m2m.map(([from, to]) => ({ from, to, kind: 'many-to-many' })), review: 'accept', runner: 'later', irreversible: [],
  }, undefined, NOWHERE, day(0));
  const body = (files: { path: string; body: string }[], end: string) => files.find((f) => f.path.endsWith(end))!.body;
  const out: Replay = { ups: [body(init.files, '_init_schema.sql')], downs: [body(init.files, '_init_schema.down.sql')], schema: init.schemaText, planned: 0 };
  let design: Design = init.design;
  let s = s0;
  ops.forEach((o, i) => {
    const { next, renames } = apply(s, o);
    try {
      const c = planChange(design, specOf(next, renames), NOWHERE, day(i + 1));
      out.ups.push(c.up!);
      out.downs.push(c.down!);
      out.schema = body(c.files, 'db/schema.sql');
      design = c.design;
      s = next;
      out.planned += 1;
    } catch (e) {
      if (!isUserError(e)) throw e;
      expect(e.message).toMatch(/^[^\n]+$/);
    }
  });
  return out;
}

for (const db of ['sqlite', 'postgres'] as const) {
  describeEngine(db, 'random change sequences (property)', () => {
    test('replaying every migration gives schema.sql; the downs in reverse reach the empty database', async () => {
      let planned = 0;
      await fc.assert(fc.asyncProperty(initial, fc.array(op, { minLength: 1, maxLength: 4 }), async (s0, ops) => {
        const r = replay(db, s0, ops);
        planned += r.planned;
        await withEngine(db, (fresh) => withEngine(db, async (e) => {
          for (const up of r.ups) await e.exec(up);
          await fresh.exec(r.schema);
          expect(await e.catalog()).toEqual(await fresh.catalog());
          for (const down of [...r.downs].reverse()) await e.exec(down);
          expect(await e.catalog()).toEqual(emptyCatalog(db));
        }));
      }), { seed: SEED, numRuns: RUNS[db] });
      expect(planned).toBeGreaterThan(RUNS[db]); // most draws are real changes, not refusals
    }, 300_000);
  });
}
