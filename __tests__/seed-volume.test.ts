/**
 * Issue 20: the volume tier, small (5,000 rows), on the three engines: rows generated inside the engine,
 * the counts the plan says, every FK and CHECK valid (the engines enforce them on insert; SQLite's
 * foreign_key_check is empty), times in order, children after parents, paths agreeing — and a second
 * load adds nothing.
 */
import { describeEachEngine, openEngine } from './support/engines.js';
import { renderExample, EXAMPLES, type Rendered } from './support/golden.js';
import { renderDesign } from './support/schema-run.js';
import { HELD_OUT } from './seed/designs.js';
import { designFor } from './support/seed.js';
import { probes } from './seed/coherence.js';
import { seedFiles } from '../src/seed/index.js';
import { planVolume } from '../src/seed/volume-plan.js';
import { dialectOf } from '../src/dialects/registry.js';
import type { DialectId } from '../src/dialects/dialect.js';

const ROWS = 5000;
/** The examples, the held-out designs, and the seed suite's self references (a tree, a self junction) and FK cycle. */
const NAMES = [...EXAMPLES, ...Object.keys(HELD_OUT), 'staff', 'cycle'];
const render = (name: string, db: DialectId): Pick<Rendered, 'design' | 'up'> => (name in HELD_OUT
  ? renderDesign(db, HELD_OUT[name].entities, HELD_OUT[name].relations)
  : name === 'staff' || name === 'cycle' ? designFor(name, db)
    : renderExample(name as (typeof EXAMPLES)[number], db));

describeEachEngine('volume seed (5,000 rows)', (id) => {
  const db = id as DialectId;
  test.each(NAMES)('%s: loads, planned counts, every probe 0, FKs valid, a second load adds nothing', async (name) => {
    const r = render(name, db);
    const seed = seedFiles(r.design, 'volume', ROWS).files[0].body;
    const { counts, total } = planVolume(r.design.schema!, ROWS);
    expect(total).toBeGreaterThan(ROWS * 0.6);
    const q = dialectOf(db).quote;
    const e = await openEngine(db);
    try {
      await e.exec(r.up);
      await e.exec(seed);
      const got = async () => Object.fromEntries(await Promise.all(r.design.schema!.tables.map(async (t) =>
        [t.name, Number(Object.values((await e.query(`SELECT COUNT(*) AS n FROM ${q(t.name)}`))[0])[0])])));
      const first = await got();
      const composite = (t: string) => r.design.schema!.tables.find((x) => x.name === t)!;
      for (const [t, n] of Object.entries(first)) {
        const tbl = composite(t);
        // an entity keyed by two FKs may draw the same pair twice: the repeat is skipped, never an error
        if (tbl.primaryKey.columns.length > 1 && tbl.kind === 'entity') {
          expect(n).toBeLessThanOrEqual(counts.get(t)!);
          expect(n).toBeGreaterThan(counts.get(t)! / 2);
        } else expect([t, n]).toEqual([t, counts.get(t)]);
      }
      if (db === 'sqlite') expect(await e.query('PRAGMA foreign_key_check')).toEqual([]);
      const bad: string[] = [];
      for (const p of probes(dialectOf(db), r.design.schema!)) {
        const n = Number(Object.values((await e.query(p.sql))[0])[0]);
        if (n !== 0) bad.push(`${p.label}: ${n}`);
      }
      expect(bad).toEqual([]);
      await e.exec(seed);
      expect(await got()).toEqual(first);
    } finally {
      await e.close();
    }
  });
});

test('volume SQL: deterministic, generate_series on PostgreSQL, a recursive CTE elsewhere, tier and seed in the header', () => {
  const a = seedFiles(render('library', 'postgres').design, 'volume', 20_000).files[0].body;
  expect(seedFiles(render('library', 'postgres').design, 'volume', 20_000).files[0].body).toBe(a);
  expect(a).toMatch(/^-- db\/seed\.sql: volume seed \(db-scaffold\) — \d+ rows generated inside the engine/);
  expect(a).toContain(' · seed 1 · ');
  expect(a).toContain('FROM generate_series(CAST(1 AS bigint), ');
  for (const db of ['mysql', 'sqlite'] as DialectId[]) {
    const b = seedFiles(render('library', db).design, 'volume', 20_000).files[0].body;
    expect(b).toContain('WITH RECURSIVE');
    expect(b).not.toContain('generate_series');
  }
});
