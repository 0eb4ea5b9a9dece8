/** db/seed.sql on PostgreSQL, MariaDB and SQLite: loads, right counts, a second load changes nothing, ids continue. */
import pluralize from 'pluralize';
import { describeEachEngine, openEngine, type Engine } from './support/engines.js';
import { DESIGNS, designFor, insertsWithoutId, num, snapshot } from './support/seed.js';
import { planSeed, seedFiles } from '../src/seed/index.js';
import { rowCounts } from '../src/seed/snippet.js';
import { FIXTURE_STRIDE, type Tier } from '../src/seed/tiers.js';
import { uniqueColumns } from '../src/seed/unique.js';
import { dialectOf } from '../src/dialects/registry.js';
import type { Design } from '../src/state/design-schema.js';
import type { Table } from '../src/state/physical-schema.js';

const TIERS: Tier[] = ['smoke', 'rich', 'fixtures'];

async function counts(e: Engine, d: Design): Promise<Record<string, number>> {
  const q = dialectOf(d.answers.db!).quote;
  const out: Record<string, number> = {};
  for (const t of d.schema!.tables) out[t.name] = await num(e, `SELECT COUNT(*) AS n FROM ${q(t.name)}`);
  return out;
}

/** Tier rules checked on the loaded database, apart from the plan. */
async function tierRules(e: Engine, d: Design, tier: Tier, seed: string, got: Record<string, number>): Promise<void> {
  const q = dialectOf(d.answers.db!).quote;
  const tables = d.schema!.tables;
  const selfPair = (t: Table) => t.kind === 'junction' && t.foreignKeys[0].refTable === t.foreignKeys[1].refTable;
  if (tier === 'smoke') for (const t of tables) expect([t.name, got[t.name]]).toEqual([t.name, selfPair(t) ? 0 : 1]); // (x, x) is no pair
  if (tier === 'rich') {
    for (const t of tables) {
      if (t.kind === 'entity') expect(got[t.name]).toBeGreaterThanOrEqual(5);
      if (t.kind === 'entity') expect(got[t.name]).toBeLessThanOrEqual(20);
      else expect(got[t.name]).toBeGreaterThan(got[t.foreignKeys[0].refTable]);
      // a key that closes an FK cycle points at a table created later: NULL-allowed and left NULL by the seed
      const later = (ref: string) => tables.findIndex((x) => x.name === ref) > tables.indexOf(t);
      for (const fk of t.foreignKeys.filter((f) => f.refTable !== t.name && !later(f.refTable))) {
        const distinct = await num(e, `SELECT COUNT(DISTINCT ${q(fk.column)}) AS n FROM ${q(t.name)}`);
        if (uniqueColumns(t).has(fk.column)) expect(distinct).toBe(got[t.name]);   // one-to-one: each parent once
        else expect(distinct).toBeGreaterThanOrEqual(Math.min(got[fk.refTable], got[t.name]) / 2); // spread, not all row 1
      }
    }
  }
  if (tier === 'fixtures') {
    const labels = [...seed.matchAll(/^-- fixture: (\S+)$/gm)].map((m) => m[1]);
    expect(labels).toEqual([...tables.map((t) => `one_${pluralize.singular(t.name)}`), 'empty_relations', 'full_graph']);
    const { specs, groups } = planSeed(d.schema!, tier);
    for (const [g, spec] of specs.entries()) {
      for (const t of tables) {
        const key = q(t.kind === 'entity' ? 'id' : t.primaryKey.columns[0]);
        const inRange = await num(e, `SELECT COUNT(*) AS n FROM ${q(t.name)} WHERE ${key} BETWEEN ${spec.base + 1} AND ${spec.base + FIXTURE_STRIDE - 1}`);
        const planned = groups[g].tables.find((p) => p.table === t)?.rows.length ?? 0;
        expect([labels[g], t.name, inRange]).toEqual([labels[g], t.name, planned]);
        if (g < tables.length && tables[g] === t) expect(inRange).toBe(1);
      }
    }
  }
}

describeEachEngine('db/seed.sql', (id) => {
  for (const name of Object.keys(DESIGNS)) {
    for (const tier of TIERS) {
      test(`${name} · ${tier}: loads, counts, a second load changes nothing, the next insert without an id works`, async () => {
        const { design, up } = designFor(name, id);
        const seed = seedFiles(design, tier).files[0].body;
        const planned = rowCounts(planSeed(design.schema!, tier).groups);
        const e = await openEngine(id);
        try {
          await e.exec(up);
          await e.exec(seed);
          const got = await counts(e, design);
          expect(got).toEqual(Object.fromEntries(design.schema!.tables.map((t) => [t.name, planned.get(t.name) ?? 0])));
          await tierRules(e, design, tier, seed, got);
          const before = await snapshot(e, design);
          await e.exec(seed);
          expect(await snapshot(e, design)).toEqual(before);
          const q = dialectOf(id).quote;
          for (const { table, sql } of insertsWithoutId(design, tier)) {
            const max = await num(e, `SELECT MAX(${q('id')}) AS n FROM ${q(table.name)}`);
            await e.exec(sql);
            expect([table.name, await num(e, `SELECT MAX(${q('id')}) AS n FROM ${q(table.name)}`)]).toEqual([table.name, max + 1]);
          }
        } finally {
          await e.close();
        }
      });
    }
  }
});
