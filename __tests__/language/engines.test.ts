/**
 * Issue 7 on the real engines: one design using every type, modifier and directive, applied up → up
 * again → down → up on PostgreSQL, MariaDB and SQLite, with catalog checks of what each feature promises
 * (type with length/precision/scale, nullability, default, PK columns, composite unique/index columns,
 * FK action, CHECK present).
 */
import type { Catalog } from '../support/engines.js';
import { describeOnEngines, expectRoundTrip } from '../support/engine-round.js';
import { renderDesign, roundTrip, type RoundTrip } from '../support/schema-run.js';
import { FEATURES, COLUMN_FACTS, KEY_FACTS } from './engine-facts.js';

const col = (c: Catalog, t: string, n: string) => c.tables[t]?.columns.find((x) => x.name === n);

describeOnEngines('language v2 features up → down → up', (db, engine) => {
  const r = renderDesign(db, FEATURES);
  let run: RoundTrip;
  beforeAll(async () => {
    run = await roundTrip(engine(), r);
  });

  test('every table of the design, each with a PK, every FK column indexed; up twice, down, up: the same catalog', () => {
    expectRoundTrip(run, r, db);
  });

  test.each(COLUMN_FACTS)('%s.%s: type, nullability, default', (table, column, fact) => {
    const c = col(run.first, table, column);
    const want = fact[db];
    expect({ type: c?.type, nullable: c?.nullable }).toEqual({ type: want.type, nullable: want.nullable });
    if (want.default === null) expect(c?.default ?? null).toBeNull();
    else expect(c?.default ?? '').toMatch(want.default);
  });

  test.each(KEY_FACTS)('%s: %s', (table, _what, check) => {
    const t = run.first.tables[table];
    expect(check(t, db)).toEqual(true);
  });

  test('the defaults work: rows inserted with only the required columns get them', async () => {
    await engine().exec("INSERT INTO country (code, name) VALUES ('PT', 'Portugal');");
    await engine().exec("INSERT INTO cities (name, country_code) VALUES ('Porto', 'PT');");
    const rows = await engine().query<{ id: string; founded: unknown }>('SELECT id, founded FROM cities');
    expect(rows[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(rows[0].founded).not.toBeNull();
  });

  test('CHECK, SET NULL and CASCADE act as promised', async () => {
    await engine().exec("INSERT INTO languages (name) VALUES ('en');");
    const film = (qty: number) => `INSERT INTO films (title, qty, original) SELECT 'A', ${qty}, id FROM languages WHERE name = 'en';`;
    await expect(engine().exec(film(-1))).rejects.toThrow();
    await engine().exec(film(1));
    await engine().exec("DELETE FROM languages WHERE name = 'en';");
    expect(await engine().query('SELECT original FROM films')).toEqual([{ original: null }]);
    await engine().exec("DELETE FROM country WHERE code = 'PT';");
    expect(await engine().query('SELECT name FROM cities')).toEqual([]);
  });
});
