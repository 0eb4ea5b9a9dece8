/**
 * Issue 7, seeds: natural keys (char(n) codes, string(n) and uuid ids), composite keys, the new types and
 * sizes, and rows every check(expr) accepts; loaded on the real engines for each tier, twice.
 */
import { describeEachEngine, openEngine } from '../support/engines.js';
import { renderDesign } from '../support/schema-run.js';
import { userError } from '../support/design.js';
import { seedFiles } from '../../src/seed/index.js';
import { describeSeedTiers, SEED_TIERS } from '../support/engine-round.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { evalCheck } from '../../src/seed/check-eval.js';
import { SAKILA_ENTITIES, SAKILA_RELATIONS } from '../sample/sakila.js';

const DESIGN = [
  'Language: name:char(20)',
  'Country: code:char(2):pk, name:string(50):unique',
  'City: id:uuid, name:string(50), country_code:ref(Country, cascade), founded:date:default(today)',
  'Film: title:string(128), rate:decimal(4,2):default(4.99):check(rate between 0.99 and 4.99), rating:enum(G|PG|R):default(G), ' +
    'minutes:smallint:check(minutes > 0 and minutes < 400), score:float:optional, opens:time:optional, poster:binary:optional, ' +
    'language_id, original:ref(Language, set-null)',
  'Store: id:integer, city_id:ref(City)',
  'Stock: film_id, store_id, copies:integer:check(copies between 1 and 3), @pk(film_id, store_id)',
  'Tag: id:string(12), label:string(30)',
  'FilmTag: film_id, tag_id, @pk(film_id, tag_id)',
].join('\n');

describeSeedTiers('seeds of the v2 language', (db) => renderDesign(db, DESIGN), async (e) => {
  const rates = await e.query<{ rate: unknown }>('SELECT rate FROM films');
  expect(rates.every(({ rate }) => Number(rate) >= 0.99 && Number(rate) <= 4.99)).toBe(true);
});

describeEachEngine('seeds of Sakila in the language', (id) => {
  test.each(SEED_TIERS)('%s: loads (natural column names, a cycle, composite keys, a unique FK), twice', async (tier) => {
    const r = renderDesign(id as DialectId, SAKILA_ENTITIES, SAKILA_RELATIONS);
    const seed = seedFiles(r.design, tier).files[0].body;
    const e = await openEngine(id);
    try {
      await e.exec(r.up);
      await e.exec(seed);
      const n = async () => Number(Object.values((await e.query('SELECT COUNT(*) AS n FROM rental'))[0])[0]);
      const rentals = await n();
      expect(rentals).toBeGreaterThan(0);
      await e.exec(seed);
      expect(await n()).toBe(rentals);
    } finally {
      await e.close();
    }
  });
});

test('a check no generated value can meet: the seed names the column in one line', () => {
  const r = renderDesign('sqlite', 'Thing: x:integer:check(x > 5 and x < 5)');
  expect(userError(() => seedFiles(r.design, 'smoke'))).toMatch(/^seed: things\.x has check\(x > 5 and x < 5\) and no value the seed can make meets it; give x a default\(…\) the check accepts$/);
});

test.each([
  ['a > 1 and b in (\'x\', \'y\')', { a: 2, b: 'y' }, true], ['a > 1 and b in (\'x\', \'y\')', { a: 2, b: 'z' }, false],
  ['a between 1 and 3', { a: null }, null], ['not (a is null)', { a: 1 }, true], ["length(b) <= 3 or b like 'ab%'", { a: 0, b: 'abcdef' }, true],
  ['a * 2 + 1 = 7', { a: 3 }, true], ["coalesce(b, 'q') = 'q'", { b: null }, true], ['a <> 1', { a: 1 }, false],
])('evalCheck(%s) over %j → %s', (expr, row, want) => {
  expect(evalCheck(expr, row)).toBe(want);
});
