/**
 * The old FK bug of issue 16's property tests, pinned: an entity with a 63-character name and two self
 * `ref(…, cascade)` fields, each `@unique`, once failed its SQLite rich seed with an FK error. It could not be
 * reproduced again (round 5: PostgreSQL, MariaDB, SQLite; every seed tier); this keeps it so: the design applied
 * up → down → up on each engine with catalog equality, then each tier loaded with its planned counts and no
 * dangling FK (the engines enforce them; SQLite's foreign_key_check is empty), then the down.
 */
import { describeEachEngine, useEngine } from '../support/engines.js';
import { emptyCatalog, renderDesign, roundTrip } from '../support/schema-run.js';
import { planSeed, seedFiles } from '../../src/seed/index.js';
import { rowCounts } from '../../src/seed/snippet.js';
import type { Tier } from '../../src/seed/tiers.js';
import type { DialectId } from '../../src/dialects/dialect.js';

const NAME = 'SubscriptionRenewalReminderNotificationDeliveryAttemptRecordTag';
const LONG = 'renewal_reminder_notification_delivery_attempt_parent_reference'; // 63 characters too
const design = (col: string) => `${NAME}: label:string(40), ${col}:ref(${NAME}, cascade), twin_ref:ref(${NAME}, cascade), `
  + `@unique(${col}), @unique(twin_ref)`;
const DESIGNS: [string, string, string][] = [['a short FK column', design('parent_ref'), 'parent_ref'], ['a 63-character FK column', design(LONG), LONG]];
const TIERS: Tier[] = ['smoke', 'rich', 'fixtures'];

test.each(DESIGNS)('%s: the names are 63 characters and both self FKs cascade', (_what, d, col) => {
  expect([NAME.length, LONG.length]).toEqual([63, 63]);
  const t = renderDesign('postgres', d).design.schema!.tables[0];
  expect(t.foreignKeys.map((f) => [f.column, f.refTable, f.onDelete])).toEqual([[col, t.name, 'cascade'], ['twin_ref', t.name, 'cascade']]);
});

describeEachEngine('63-character name, two unique self FKs with cascade', (id) => {
  const db = id as DialectId;
  const engine = useEngine(id);

  test.each(DESIGNS)('%s: up → down → up, the same catalog, the down leaves nothing', async (_what, d) => {
    const e = engine();
    const r = renderDesign(db, d);
    const run = await roundTrip(e, r);
    try {
      expect([run.afterDown, run.second]).toEqual([emptyCatalog(db), run.first]);
    } finally { await e.exec(r.down); }
  });

  test.each(DESIGNS.flatMap(([what, d, col]) => TIERS.map((tier) => [tier, what, d, col])))('%s seed, %s: loads with the '
    + 'planned counts, every FK valid', async (tier, _what, d, col) => {
    const e = engine();
    const r = renderDesign(db, d);
    const table = r.design.schema!.tables[0].name;
    await e.exec(r.up);
    try {
      await e.exec(seedFiles(r.design, tier as Tier).files[0].body);
      const [row] = await e.query<Record<string, unknown>>(`SELECT COUNT(*) AS n FROM ${table}`);
      expect(Number(Object.values(row)[0])).toBe(rowCounts(planSeed(r.design.schema!, tier as Tier).groups).get(table));
      const dangling = await e.query(`SELECT c.id FROM ${table} c LEFT JOIN ${table} p ON p.id = c.${col} `
        + `WHERE c.${col} IS NOT NULL AND p.id IS NULL`);
      expect(dangling).toEqual([]);
      if (db === 'sqlite') expect(await e.query('PRAGMA foreign_key_check')).toEqual([]);
    } finally { await e.exec(r.down); }
  });
});
