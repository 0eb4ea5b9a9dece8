/**
 * Every online migration of a kind and its down through dbmate on the real engine, the library's rows in: up (the
 * expand, every value under the old names; then the contract when there is one) → the catalog of the regenerated
 * schema.sql, every row's values under their new names → down of the contract (the expand's catalog and rows again),
 * then of the expand's migrations → the catalog before and every row → up again → the same catalog and rows. One scratch database (and one for schema.sql) per engine
 * and test file, emptied before each kind, so a kind costs its dbmate runs and not a CREATE and a DROP DATABASE.
 */
import { SEED } from '../change-cases.js';
import { openEngine, type Catalog, type Engine, type EngineId } from '../support/engines.js';
import { rows } from '../support/change-rows.js';
import { reset } from '../support/engine-pair.js';
import { databaseUrl } from '../support/project.js';
import { ALL as CASES, ONLINE_CASES, dbmate, onlineProject, runCase, runContract } from './project.js';

/** The catalogue's online kinds, one test file each group: constraints, defaults and indexes; columns and types; renames. */
export const GROUPS = {
  keys: ['enumAddValue', 'dropNotNull', 'setNotNullBackfill', 'dropDefault', 'addUnique', 'dropUnique', 'setDefault', 'fkSetNull',
    'addIndex', 'dropIndex', 'fkOnDelete', 'fkCompositeIndex', 'fkIndexNotLeading'],
  columns: ['enumToText', 'addColumnBackfill', 'dropColumn', 'dropRequiredColumn', 'intToBigint', 'textToString', 'widenSize',
    'narrowSize', 'retypeBackfill'],
  renames: ['renameColumn', 'renameKeyed', 'renameFk', 'tableDirective', 'renameParent'],
};
export const GROUPED = Object.values(GROUPS).flat();
export { ONLINE_CASES };

type Rows = Record<string, unknown[]>;

/** The catalog without dbmate's table, columns by name (PostgreSQL appends a column a rename or a down adds back). */
async function catalog(e: Engine): Promise<Catalog> {
  const c = await e.catalog();
  return { ...c, tables: Object.fromEntries(Object.entries(c.tables).filter(([t]) => t !== 'schema_migrations')
    .map(([t, info]) => [t, { ...info, columns: [...info.columns].sort((x, y) => x.name.localeCompare(y.name)) }])) };
}


/** Every row, but updated_at: the engine's clock of a row's last write, and a backfill writes. `lost` (table.column) go too. */
const strip = (all: Rows, lost: string[] = []): Rows => Object.fromEntries(Object.entries(all).map(([t, list]) => [t,
  list.map((r) => Object.fromEntries(Object.entries(r as object).filter(([c]) => c !== 'updated_at' && !lost.includes(`${t}.${c}`))))]));

/** A value as text: a type change (INTEGER → BIGINT: PostgreSQL's driver then reads a string) keeps what it says. */
const text = (v: unknown) => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));
const named = (name: string, key: string) => CASES[name].renamed?.[key];

/** The rows before, as text, the columns the change drops or rewrites left out, under its new table and column names
 *  but those `kept` (the expand keeps the old shape; on MariaDB a keyed column's rename is in place, online.ts's line). */
const carried = (before: Rows, name: string, kept = (_key: string) => false): Rows => Object.fromEntries(
  Object.entries(strip(before, CASES[name].lost))
  .map(([t, list]) => [(!kept(t) && named(name, t)) || t, list.map((r) => Object.fromEntries(Object.entries(r as object)
    .map(([c, v]) => [((!kept(`${t}.${c}`) && named(name, `${t}.${c}`)) || `${t}.${c}`).split('.')[1], text(v)])))]));
const has = (cat: Catalog) => (key: string) => { // a table, or a table.column, the catalog holds
  const [t, c] = key.split('.');
  return !!cat.tables[t] && (!c || cat.tables[t].columns.some((x) => x.name === c));
};

/** The rows now, as text, only the columns `want` has (a column the change adds is not the seed's). */
const like = (now: Rows, want: Rows): Rows => Object.fromEntries(Object.entries(want).map(([t, list]) => [t,
  (now[t] ?? []).map((r, i) => Object.fromEntries(Object.keys((list[i] ?? {}) as object)
    .map((c) => [c, text((r as Record<string, unknown>)[c])])))]));

/** One test per kind of `kinds` on `db` (inside a describeEngine). */
export function roundTrips(db: EngineId, kinds: string[]): void {
  let e: Engine | undefined;
  let want: Engine | undefined;
  beforeAll(async () => {
    [e, want] = await Promise.all([openEngine(db), openEngine(db)]);
  });
  afterAll(async () => {
    await Promise.all([e?.close(), want?.close()]);
  });
  for (const name of kinds) {
    test(name, async () => {
      if (!e || !want) throw new Error(`${db}: the scratch databases did not open`);
      await Promise.all([reset(e), reset(want)]);
      const p = onlineProject(db, 'online', 'dbmate', `online-${db}-${name}`);
      const url = databaseUrl(db, e.name, p.dir) + (db === 'postgres' ? '?sslmode=disable' : '');
      dbmate(p.dir, url, 'up');
      await e.exec(SEED);
      const cat0 = await catalog(e);
      const rows0 = await rows(e, cat0);
      const { change } = runCase(p, name, false);
      dbmate(p.dir, url, 'migrate');
      const catE = await catalog(e);
      const expanded = await rows(e, catE);
      const contract = change.design.contract ? runContract(p, change) : undefined;
      if (contract) { // expand → contract: every value in between, by the old names where they still are
        expect(like(expanded, carried(rows0, name, has(catE)))).toEqual(carried(rows0, name, has(catE)));
        dbmate(p.dir, url, 'migrate');
      }
      const last = contract ?? change;
      const schema = (last.files.find((f) => f.path === 'db/schema.sql') ?? change.files.find((f) => f.path === 'db/schema.sql'))!;
      await want.exec(schema.body);
      const cat1 = await catalog(e);
      expect(cat1).toEqual(await catalog(want));
      const rows1 = await rows(e, cat1);
      const seeded = carried(rows0, name);
      expect(Object.keys(rows1).sort()).toEqual(Object.keys(seeded).sort());
      expect(like(rows1, seeded)).toEqual(seeded);
      if (contract) { // the contract's down: the expand's shape and rows again
        dbmate(p.dir, url, 'rollback');
        expect(await catalog(e)).toEqual(catE);
        expect(strip(await rows(e, catE), CASES[name].lost)).toEqual(strip(expanded, CASES[name].lost));
      }
      for (let i = 0; i < change.design.migrations.length - p.design.migrations.length; i++) dbmate(p.dir, url, 'rollback');
      expect(await catalog(e)).toEqual(cat0);
      expect(strip(await rows(e, cat0), CASES[name].lost)).toEqual(strip(rows0, CASES[name].lost));
      dbmate(p.dir, url, 'migrate');
      expect(await catalog(e)).toEqual(cat1);
      expect(strip(await rows(e, cat1))).toEqual(strip(rows1));
    }, 120_000);
  }
}
