/**
 * Property, executed on SQLite (sql.js): random designs that compile run up → up again → down → up with the
 * design's tables and nothing left after the down; their smoke, rich and fixtures seeds load twice without error.
 */
import fc from 'fast-check';
import { describeEngine } from '../support/engines.js';
import { designFor } from '../support/arbitraries.js';
import { render, roundTripHolds, seedLoadsTwice, SEED, sqliteCascadeAfterDrop, validFor, withEngine } from './run.js';

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

  // The known issue left out above, pinned: the down fails for exactly the designs the predicate names (once it is
  // fixed this fails; then drop the predicate from validFor and this test).
  test('KNOWN: the down fails exactly when a CASCADE reaches a table whose other parent is dropped', async () => {
    let hits = 0;
    await fc.assert(fc.asyncProperty(designFor('sqlite'), async (c) => {
      const r = render(c);
      if (!r) return;
      const known = sqliteCascadeAfterDrop(r);
      hits += known ? 1 : 0;
      const failed = await withEngine('sqlite', async (e) => {
        await e.exec(r.up);
        return e.exec(r.down).then(() => '', (err: Error) => err.message);
      });
      expect({ known, failed }).toEqual(known ? { known, failed: expect.stringMatching(/^no such table: main\./) } : { known, failed: '' });
    }), { seed: SEED, numRuns: 8 * RUNS });
    expect(hits).toBeGreaterThan(0);
  });
});
