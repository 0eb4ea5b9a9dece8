/**
 * Issue 16: index where(…) predicates and key expressions go through the check(expr) tree, so each engine
 * prints them with the language's one meaning (LIKE case and escapes, whole-number division, length in
 * characters, text by code point) — SQL side by side, then the same rows taken and refused on the engines.
 */
import { describeOnEngines, withRoundTrip } from '../support/engine-round.js';
import { renderDesign, scalar } from '../support/schema-run.js';
import { createSql, DIALECTS, userError, type Small } from '../support/design.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const ITEMS = "Item: sku:string(20), qty:integer, @unique(sku) where(sku like 'a\\_%' and length(sku) > 2), @unique((qty / 2))";

const WANT: Record<DialectId, string[]> = {
  postgres: [
    `CREATE UNIQUE INDEX IF NOT EXISTS "uq_items_sku_partial" ON "items" ("sku") WHERE ("sku" LIKE E'a\\\\_%') AND (length("sku") > 2);`,
    'CREATE UNIQUE INDEX IF NOT EXISTS "uq_items_qty" ON "items" (("qty" / 2));',
  ],
  mysql: [
    "`gx1_uq_items_sku_partial` VARCHAR(20) AS (CASE WHEN (`sku` COLLATE utf8mb4_bin LIKE 'a\\\\_%') AND (CHAR_LENGTH(`sku`) > 2) THEN `sku` END) STORED",
    '`gx1_uq_items_qty` BIGINT AS (`qty` DIV 2) STORED',
  ],
  sqlite: [
    `CREATE UNIQUE INDEX IF NOT EXISTS "uq_items_sku_partial" ON "items" ("sku") WHERE ("sku" GLOB 'a_*') AND (length("sku") > 2);`,
    'CREATE UNIQUE INDEX IF NOT EXISTS "uq_items_qty" ON "items" (("qty" / 2));',
  ],
};

test.each(DIALECTS)('%s: where(…) and a key expression printed as a CHECK is', (db) => {
  const lines = createSql(db, { entities: ITEMS }, 'items').split('\n').map((l) => l.trim().replace(/,$/, ''));
  for (const w of WANT[db]) expect([w, lines.includes(w)]).toEqual([w, true]);
});

test.each(DIALECTS)('%s: an index expression is typed and refused in one line as a CHECK is', (db) => {
  const bad = (entities: string) => userError(() => createSql(db, { entities } as Small, 'items'));
  expect(bad("Item: sku:string(20), qty:integer, @index(sku) where(qty > 'x')"))
    .toMatch(/^Item: @index\(sku\): where\(qty > 'x'\) compares a number with text; .*write an SQL expression/);
  expect(bad('Item: sku:string(20), qty:integer, @index(sku) where(qty)')).toMatch(/where\(qty\) is a int, not a condition/);
  expect(bad('Item: sku:string(20), @unique(length(nope))')).toMatch(/names 'nope', which is neither a column/);
});

describeOnEngines('index expressions mean the same on every engine', (db, engine) => {
  test('up → down → up; LIKE is case- and escape-exact in the predicate, / is whole-number division in the key', async () => {
    const e = engine();
    const r = renderDesign(db, ITEMS);
    await withRoundTrip(e, db, r, async () => {
      const put = (sku: string, qty: number) => e.exec(`INSERT INTO items (sku, qty) VALUES ('${sku}', ${qty});`);
      await put('a_1', 10);
      await expect(put('a_1', 20)).rejects.toThrow();  // covered by the predicate: one only
      await put('A_1', 30);
      await put('A_1', 40);                             // 'A' is not 'a' (SQLite's LIKE and MySQL's _ci would say it is)
      await put('ab1', 50);
      await put('ab1', 60);                             // '\_' is an underscore, not any character
      await put('x', 2);
      await expect(put('y', 3)).rejects.toThrow();      // 3 / 2 = 1 = 2 / 2 (MySQL's / would give 1.5)
      expect(await scalar(e, 'SELECT COUNT(*) FROM items')).toBe(6);
    });
  });
});
