/**
 * Property, executed on the real PostgreSQL and MariaDB (fewer runs: each gets its own scratch database):
 * random designs that compile run up → up again → down → up with the design's tables, nothing left after the
 * down; the rich seed loads twice. With CI=true an unreachable server fails the suite (describeEachEngine).
 */
import fc from 'fast-check';
import { describeEachEngine } from '../support/engines.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { roundTripHolds, seedLoadsTwice, SEED, validFor } from './run.js';

const RUNS = Number(process.env.PBT_ENGINE_RUNS ?? 15);

describeEachEngine('random designs (property)', (id) => {
  const designs = validFor(id as DialectId);

  test('the init migration: up, up again, down to nothing, up again', async () => {
    await fc.assert(fc.asyncProperty(designs, roundTripHolds), { seed: SEED, numRuns: RUNS });
  }, 300_000);

  test('the rich seed loads twice, the second load changing nothing', async () => {
    await fc.assert(fc.asyncProperty(designs, (c) => seedLoadsTwice(c, 'rich')), { seed: SEED, numRuns: Math.ceil(RUNS * 2 / 3) });
  }, 300_000);
}, ['postgres', 'mysql']);
