/** Random designs on a real engine: the init migration up → up again → down → up, and the seed loaded twice. */
import fc from 'fast-check';
import { isUserError } from '../../src/cli/errors.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { loadSeed, seedFor } from '../../src/seed/lazy.js';
import type { SeedTier } from '../../src/state/answers-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { Rendered } from '../support/golden.js';
import { designFor, type DesignCase } from '../support/arbitraries.js';
import { openEngine, type Engine } from '../support/engines.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip, scalar } from '../support/schema-run.js';

/** Fixed for CI; PBT_SEED / PBT_RUNS explore other draws locally. */
export const SEED = Number(process.env.PBT_SEED ?? 42);

/** The files db-schema would write for the case (in memory), or undefined when it stops with a UserError. */
export function render(c: DesignCase): Rendered | undefined {
  try {
    return renderDesign(c.db, c.entities, c.relations, { scale: c.scale, seed: 'skip' });
  } catch (e) {
    if (isUserError(e)) return undefined;
    throw e;
  }
}

/** Designs for one engine that compile (the refusals are the pure property's business). */
export const validFor = (db: DialectId, v3 = false): fc.Arbitrary<DesignCase> => designFor(db, v3).filter((c) => render(c) !== undefined);

/** A fresh scratch database for one run, dropped whatever happens. */
export async function withEngine<T>(db: DialectId, fn: (e: Engine) => Promise<T>): Promise<T> {
  const e = await openEngine(db);
  try {
    return await fn(e);
  } finally {
    await e.close();
  }
}

/** up, up again, down, up: the tables of the design with every FK indexed; nothing left after the down. */
export async function roundTripHolds(c: DesignCase): Promise<void> {
  const r = render(c)!;
  const run = await withEngine(c.db, (e) => roundTrip(e, r));
  expect(healthProblems(run.first, r)).toEqual([]);
  expect(run.again).toEqual(run.first);
  expect(run.afterDown).toEqual(emptyCatalog(c.db));
  expect(run.second).toEqual(run.first);
}

/** The tier's db/seed.sql; fixtures may refuse in one line (a UNIQUE enum or boolean has fewer values than the groups need). */
function seedText(r: Rendered, tier: SeedTier): string | undefined {
  try {
    return seedFor(r.design, tier).files[0]?.body ?? '';
  } catch (e) {
    if (tier === 'fixtures' && isUserError(e) && !e.message.includes('\n')) return undefined;
    throw e;
  }
}

/** The init migration, then the tier's seed twice: no error, and the second load changes no row count. */
export async function seedLoadsTwice(c: DesignCase, tier: SeedTier): Promise<void> {
  await loadSeed();
  const r = render(c)!;
  const seed = seedText(r, tier);
  if (seed === undefined) return;
  const q = dialectOf(c.db).quote;
  await withEngine(c.db, async (e) => {
    const load = async (step: string) => {
      try {
        await e.exec(seed);
      } catch (err) {
        throw new Error(`${c.db} ${tier} seed, ${step}: ${(err as Error).message}`);
      }
      const counts: Record<string, number> = {};
      for (const t of r.design.schema!.tables) counts[t.name] = await scalar(e, `SELECT COUNT(*) AS n FROM ${q(t.name)}`);
      return counts;
    };
    await e.exec(r.up);
    const first = await load('first load');
    expect(await load('second load')).toEqual(first);
  });
}
