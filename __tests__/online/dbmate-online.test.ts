/**
 * Every online migration of the catalogue and its down through dbmate on the real engine, rows present:
 * up (expand, then the contract when there is one) → the catalog of the regenerated schema.sql → down of
 * every migration the change wrote, in reverse (contract first) → the catalog before and every row → up again.
 */
import { SEED } from '../change-cases.js';
import { describeEachEngine, openEngine, type Catalog, type Engine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';
import { ALL as CASES, ONLINE_CASES, dbmate, onlineProject, runCase } from './project.js';

/** The catalog without dbmate's table, columns by name (PostgreSQL appends a column a rename or a down adds back). */
async function catalog(e: Engine): Promise<Catalog> {
  const c = await e.catalog();
  return { ...c, tables: Object.fromEntries(Object.entries(c.tables).filter(([t]) => t !== 'schema_migrations')
    .map(([t, info]) => [t, { ...info, columns: [...info.columns].sort((x, y) => x.name.localeCompare(y.name)) }])) };
}

const count = async (e: Engine, cat: Catalog) => Object.fromEntries(await Promise.all(Object.keys(cat.tables).map(async (t) =>
  [t, Number((await e.query<{ n: unknown }>(`SELECT COUNT(*) AS n FROM ${e.id === 'mysql' ? `\`${t}\`` : `"${t}"`}`))[0].n)])));
/** Row counts by the new table names (a table rename's). */
const renamed = (rows: Record<string, number>, name: string) => Object.fromEntries(Object.entries(rows)
  .map(([t, n]) => [CASES[name].renamed?.[t] ?? t, n]));
const titles = (e: Engine, col: string) => e.query(`SELECT id, ${col} AS v FROM books ORDER BY id`);

/** MariaDB's expand/contract (mysql/online-expand.ts) beside renameKeyed, intToBigint and dropColumn: a plain rename, a type
 *  change with a backfill (the full run has every kind). */
const EXPAND: Record<string, string[]> = { mysql: ['renameColumn', 'retypeBackfill'] };

describeEachEngine('online migrations through dbmate: up → down → up, rows kept', (db) => {
  // the suite: one kind per online form; `npm run bench` with BENCH_ONLINE=1 (DBS_ONLINE_FULL): every kind
  const kinds = process.env.DBS_ONLINE_FULL === '1' ? ONLINE_CASES
    : ['setNotNullBackfill', 'addUnique', 'fkSetNull', 'renameKeyed', 'dropColumn', 'intToBigint', 'tableDirective', 'renameParent',
      ...(EXPAND[db] ?? [])];
  for (const name of kinds) {
    test(name, async () => {
      const p = onlineProject(db, 'online', 'dbmate', `online-${db}-${name}`);
      const e = await openEngine(db);
      const want = await openEngine(db);
      try {
        const url = databaseUrl(db, e.name, p.dir) + (db === 'postgres' ? '?sslmode=disable' : '');
        dbmate(p.dir, url, 'up');
        await e.exec(SEED);
        const cat0 = await catalog(e);
        const rows0 = await count(e, cat0);
        const title0 = await titles(e, 'title');
        const { change, contract } = runCase(p, name);
        const last = contract ?? change;
        const written = last.design.migrations.length - 1;
        dbmate(p.dir, url, 'migrate');
        await want.exec(last.files.find((f) => f.path === 'db/schema.sql')?.body ?? change.files.find((f) => f.path === 'db/schema.sql')!.body);
        const cat1 = await catalog(e);
        expect(cat1).toEqual(await catalog(want));
        if (!CASES[name].lost) expect(await count(e, cat1)).toEqual(renamed(rows0, name));
        if (name === 'renameColumn') expect(await titles(e, 'headline')).toEqual(title0);
        for (let i = 0; i < written; i++) dbmate(p.dir, url, 'rollback');
        expect(await catalog(e)).toEqual(cat0);
        expect(await count(e, cat0)).toEqual(rows0);
        if (!CASES[name].lost?.includes('books.title')) expect(await titles(e, 'title')).toEqual(title0);
        dbmate(p.dir, url, 'migrate');
        expect(await catalog(e)).toEqual(cat1);
        expect(await count(e, cat1)).toEqual(renamed(rows0, name));
      } finally {
        await e.close();
        await want.close();
      }
    }, 120_000);
  }
}, ['postgres', 'mysql']);
