/**
 * The db-change catalogue on real engines, on a database holding rows: up → the catalog of the
 * regenerated schema.sql loaded fresh → down → the catalog before, and every row the change did not
 * drop intact, value for value (renamed columns keep their values). One scratch pair per server engine, emptied
 * before each case (support/engine-pair.ts).
 */
import { describeEachEngine, type Catalog, type Engine } from './support/engines.js';
import { pairFor, withEngines } from './support/engine-pair.js';
import { CASES, CLOCK, SEED, base, change, type Case } from './change-cases.js';
import type { Design } from '../src/state/design-schema.js';
import { buildInit } from '../src/core/init.js';

type Rows = Record<string, Record<string, unknown>[]>;

async function rows(e: Engine, cat: Catalog): Promise<Rows> {
  const out: Rows = {};
  for (const [t, info] of Object.entries(cat.tables)) {
    out[t] = await e.query(`SELECT * FROM ${e.id === 'mysql' ? `\`${t}\`` : `"${t}"`} ORDER BY ${info.primaryKey.join(', ')}`);
  }
  return out;
}

const norm = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null || v === undefined ? null : String(v));

/** Rows of `before` seen through the case's renames and without what it may drop, as strings. */
function expected(before: Rows, c: Case, renamed: boolean): Rows {
  const map = renamed ? c.renamed ?? {} : {};
  const out: Rows = {};
  for (const [t, list] of Object.entries(before)) {
    if (c.lost?.includes(t)) continue;
    const nt = map[t] ?? t;
    out[nt] = list.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !c.lost?.includes(`${t}.${k}`))
      .map(([k, v]) => [(map[`${t}.${k}`] ?? `${nt}.${k}`).split('.')[1], norm(v)])));
  }
  return out;
}

function seen(now: Rows, like: Rows): Rows {
  return Object.fromEntries(Object.entries(like).map(([t, list]) => [t, (now[t] ?? []).map((r, i) =>
    Object.fromEntries(Object.keys(list[i] ?? r).map((k) => [k, norm(r[k])])))]));
}

const byName = (cat: Catalog): Catalog => ({
  ...cat, tables: Object.fromEntries(Object.entries(cat.tables).map(([t, info]) => [t, { ...info, columns: [...info.columns].sort((x, y) => x.name.localeCompare(y.name)) }])),
});

const initUpOf = (design: Design) => buildInit({ ...(design.answers as Parameters<typeof buildInit>[0]) }, undefined, '/nonexistent', CLOCK)
  .files.find((f) => f.path.endsWith('_init_schema.sql'))!.body;

describeEachEngine('db-change catalogue', (id) => {
  const design = base(id);
  const initUp = initUpOf(design);
  const withPair = pairFor(id);
  for (const [name, c] of Object.entries(CASES)) {
    test(`${name}: up = regenerated schema.sql, down = as before, rows kept`, () => withPair(async (a, b) => {
      const out = change(design, c);
      await a.exec(initUp);
      await a.exec(SEED);
      const cat0 = await a.catalog();
      const rows0 = await rows(a, cat0);

      await a.exec(out.up!);
      await b.exec(out.files.find((f) => f.path === 'db/schema.sql')!.body);
      const cat1 = await a.catalog();
      expect(cat1).toEqual(await b.catalog());
      expect(cat1).not.toEqual(cat0);
      const want1 = expected(rows0, c, true);
      expect(seen(await rows(a, cat1), want1)).toEqual(want1);

      await a.exec(out.down!);
      // PostgreSQL has no way to put a column back in its place: the down of a dropped column appends it
      const order = (cat: Catalog) => (id === 'postgres' && c.kinds.includes('dropColumn') ? byName(cat) : cat);
      expect(order(await a.catalog())).toEqual(order(cat0));
      const want0 = expected(rows0, c, false);
      expect(seen(await rows(a, cat0), want0)).toEqual(want0);
    }));
  }
});

describeEachEngine('SQLite: a change that rebuilds, run inside a transaction', (id) => {
  test('aborts in one line before anything changes; outside one it runs', () => withEngines(id, async (a) => {
    const design = base(id);
    const out = change(design, CASES.textToString);
    await a.exec(initUpOf(design));
    await a.exec(SEED);
    const cat0 = await a.catalog();
    const rows0 = await rows(a, cat0);
    await a.exec('BEGIN;');
    await expect(a.exec(out.up!)).rejects.toThrow(/^rebuild of books needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction: run this file outside one$/);
    await a.exec('ROLLBACK;');
    expect(await a.catalog()).toEqual(cat0);
    expect(await rows(a, cat0)).toEqual(rows0);
    await a.exec(out.up!);
    expect(await a.catalog()).not.toEqual(cat0);
  }));
}, ['sqlite']);
