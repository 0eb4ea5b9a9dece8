/**
 * Property, executed on SQLite (sql.js): random designs that compile run up → up again → down → up with the
 * design's tables and nothing left after the down; their smoke, rich and fixtures seeds load twice without error.
 */
import fc from 'fast-check';
import { describeEngine } from '../support/engines.js';
import { roundTripHolds, seedLoadsTwice, SEED, validFor } from './run.js';

const RUNS = Number(process.env.PBT_RUNS ?? 60);
const SEED_RUNS = Math.ceil(RUNS / 2);

describeEngine('sqlite', 'random designs (property)', () => {
  const designs = validFor('sqlite');

  test('the init migration: up, up again, down to nothing, up again', async () => {
    await fc.assert(fc.asyncProperty(designs, roundTripHolds), { seed: SEED, numRuns: RUNS });
  });

  test.each(['smoke', 'rich', 'fixtures'] as const)('the %s seed loads twice, the second load changing nothing', async (tier) => {
    await fc.assert(fc.asyncProperty(designs, (c) => seedLoadsTwice(c, tier)), { seed: SEED, numRuns: SEED_RUNS });
  });
});
