/**
 * The engine set-up the language tests share: one suite per engine with its scratch database open, a design's
 * up → up again → down → up with the checks every round trip makes, the schema left up for the test's own
 * rows and dropped after, whatever happens; and a seed tier loaded twice with the counts its plan says.
 */
import { describeEachEngine, useEngine, type Engine } from './engines.js';
import { engineFor } from './engine-pair.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip, type RoundTrip } from './schema-run.js';
import type { Rendered } from './golden.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { Tier } from '../../src/seed/tiers.js';
import { planSeed, seedFiles } from '../../src/seed/index.js';
import { rowCounts } from '../../src/seed/snippet.js';

/** describeEachEngine with the engine's scratch database (useEngine) and its id as a dialect. */
export function describeOnEngines(name: string, fn: (db: DialectId, engine: () => Engine) => void): void {
  describeEachEngine(name, (id) => fn(id as DialectId, useEngine(id)));
}

export interface RoundTripChecks { health?: boolean }

/** What a round trip must show: the schema healthy (health: false leaves that out), up twice the same, down empty,
 *  up after down the same again. */
export function expectRoundTrip(run: RoundTrip, r: Rendered, db: DialectId, { health = true }: RoundTripChecks = {}): void {
  if (health) expect(healthProblems(run.first, r)).toEqual([]);
  expect(run.again).toEqual(run.first);
  expect(run.afterDown).toEqual(emptyCatalog(db));
  expect(run.second).toEqual(run.first);
}

/** Up → up → down → up on `e`, checked; then `body` on the schema as that left it; down runs last in any case. */
export async function withRoundTrip(e: Engine, db: DialectId, r: Rendered, body?: (run: RoundTrip) => Promise<void>,
  checks: RoundTripChecks = {}): Promise<RoundTrip> {
  const run = await roundTrip(e, r);
  try {
    expectRoundTrip(run, r, db, checks);
    await body?.(run);
  } finally {
    await e.exec(r.down);
  }
  return run;
}

/** The design's up on `e`, without a round trip (the caller runs its down). */
export async function applyUp(e: Engine, db: DialectId, entities: string): Promise<Rendered> {
  const r = renderDesign(db, entities);
  await e.exec(r.up);
  return r;
}

/** Rows in each table of the design, by name. */
export const rowsByTable = async (e: Engine, r: Rendered): Promise<Record<string, number>> =>
  Object.fromEntries(await Promise.all(r.design.schema!.tables.map(async (t) =>
    [t.name, Number(Object.values((await e.query(`SELECT COUNT(*) AS n FROM ${t.name}`))[0])[0])])));

/** With the design up on `e`: the tier's seed loads with the counts its plan says (none empty), and a second load
 *  changes nothing. */
export async function expectSeedLoadsTwice(e: Engine, r: Rendered, tier: Tier): Promise<void> {
  const seed = seedFiles(r.design, tier).files[0].body;
  const planned = rowCounts(planSeed(r.design.schema!, tier).groups);
  await e.exec(seed);
  const got = await rowsByTable(e, r);
  expect(got).toEqual(Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, planned.get(t.name) ?? 0])));
  expect(Object.values(got).every((n) => Number(n) > 0)).toBe(true);
  await e.exec(seed);
  expect(await rowsByTable(e, r)).toEqual(got);
}

export const SEED_TIERS: Tier[] = ['smoke', 'rich', 'fixtures'];

/** On each engine, one test a tier: the design up on an empty database, the seed loaded twice as the plan says
 *  (expectSeedLoadsTwice), then `more` on the rows it left. */
export function describeSeedTiers(name: string, design: (db: DialectId) => Rendered, more?: (e: Engine) => Promise<void>): void {
  describeEachEngine(name, (id) => {
    const withEngine = engineFor(id); // a server's database emptied between tiers (support/engine-pair.ts)
    test.each(SEED_TIERS)('%s: loads, the counts the plan says, a second load changes nothing', (tier) => withEngine(async (e) => {
      const r = design(id as DialectId);
      await e.exec(r.up);
      await expectSeedLoadsTwice(e, r, tier);
      await more?.(e);
    }), 60_000);
  });
}
