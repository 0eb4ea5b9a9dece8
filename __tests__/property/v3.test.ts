/**
 * Property, language v3 (issue 16): random designs drawing from the additions — string(*), jsonb, datetime(local|tz),
 * inet/cidr, citext and ci, unsigned, doc(…), default(none), arrays, self ref(…, cascade) fields with @unique, partial
 * and expression indexes, @doc — run up → up again → down → up, and their rich seed loads twice, on SQLite and PostgreSQL.
 */
import fc from 'fast-check';
import { describeEngine } from '../support/engines.js';
import { roundTripHolds, seedLoadsTwice, SEED, validFor } from './run.js';

/** Few runs in the suite (each compiles and applies a design); PBT_RUNS=200 explores more locally. */
const RUNS: Record<string, number> = { sqlite: Number(process.env.PBT_RUNS ?? 10), postgres: Number(process.env.PBT_RUNS ?? 4) };

describe.each(['sqlite', 'postgres'] as const)('%s', (db) => {
  describeEngine(db, 'random v3 designs (property)', () => {
    const designs = validFor(db, true);

    test('the init migration: up, up again, down to nothing, up again', async () => {
      await fc.assert(fc.asyncProperty(designs, roundTripHolds), { seed: SEED, numRuns: RUNS[db] });
    }, 300_000);

    test('the rich seed loads twice, the second load changing nothing', async () => {
      await fc.assert(fc.asyncProperty(designs, (c) => seedLoadsTwice(c, 'rich')), { seed: SEED, numRuns: RUNS[db] });
    }, 300_000);
  });
});
