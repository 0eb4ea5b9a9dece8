/** Hard designs on real engines: an FK cycle, keyword names (entities and fields), names past 64 characters. */
import { describeEachEngine, useEngine } from './support/engines.js';
import { emptyCatalog, healthProblems, renderDesign, roundTrip, type RoundTrip } from './support/schema-run.js';
import type { Rendered } from './support/golden.js';
import type { DialectId } from '../src/dialects/dialect.js';

const LONG_ENTITY = 'SubscriptionRenewalReminderNotificationDeliveryAttemptHistoryEntry';
const LONG_COLUMN = 'last_successful_delivery_confirmation_received_from_upstream_provider_at';

const DESIGNS: Record<string, (db: DialectId) => Rendered> = {
  'FK cycle (A.b_id → B, B.a_id → A)': (db) => renderDesign(db, 'A: name, b_id\nB: name, a_id'),
  'keyword entities and fields': (db) => renderDesign(db,
    'User: user, order, group\nOrder: select, from, desc, user_id\nGroup: name:string:unique\nSelect: key, table\nFrom: to:index, where\nDesc: asc, by',
    [{ from: 'Group', to: 'User', kind: 'many-to-many' }, { from: 'Select', to: 'From', kind: 'one-to-one' }, { from: 'Desc', to: 'Desc', kind: 'one-to-many' }]),
  'every type, modifier and inference rule': (db) => renderDesign(db,
    `Account: email, username, slug, login_count, balance_amount, is_locked, has_mfa, mood:enum(it's|back\\slash|"q"), bio:optional,
    joined_on:date, meta:json, ref:uuid:unique, big:bigint:index, seen_at:datetime, code:index, title:string:unique, n:integer:optional`
      .replace(/\n\s+/, ' '), [], { scale: 'multi-replica' }),
  'names past 64 characters': (db) => renderDesign(db,
    `Customer: email\n${LONG_ENTITY}: ${LONG_COLUMN}, status:enum(a|b), attempt_count, customer_id`,
    [{ from: 'Customer', to: LONG_ENTITY, kind: 'many-to-many' }], { scale: 'multi-replica' }),
};

describeEachEngine('hard designs up → down → up', (id) => {
  describe.each(Object.keys(DESIGNS))('%s', (name) => {
    const engine = useEngine(id);
    const r = DESIGNS[name](id as DialectId);
    let run: RoundTrip;
    beforeAll(async () => {
      run = await roundTrip(engine(), r);
    });

    test('up: the tables of the design, each with a PK, every FK column indexed', () => {
      expect(healthProblems(run.first, r)).toEqual([]);
    });

    test('up twice, down to nothing, up again to the same catalog', () => {
      expect(run.again).toEqual(run.first);
      expect(run.afterDown).toEqual(emptyCatalog(id as DialectId));
      expect(run.second).toEqual(run.first);
    });

    test('the catalog holds every name and FK exactly as the design chose them (nothing truncated)', () => {
      for (const t of r.design.schema!.tables) {
        const info = run.first.tables[t.name];
        expect(info?.columns.map((c) => c.name)).toEqual(t.columns.map((c) => c.name));
        const fks = (xs: { columns?: string[]; column?: string; refTable: string }[]) =>
          xs.map((f) => `${f.columns?.join(',') ?? f.column} → ${f.refTable}`).sort();
        expect(fks(info.foreignKeys)).toEqual(fks(t.foreignKeys));
        const named = info.foreignKeys.map((f) => f.name).filter(Boolean); // SQLite keeps no FK names
        if (named.length) expect(named.sort()).toEqual(t.foreignKeys.map((f) => f.name).sort());
        expect(info.indexes.map((i) => i.name)).toEqual(expect.arrayContaining(t.indexes.map((i) => i.name)));
        const json = t.columns.filter((c) => c.type.kind === 'json').map((c) => c.name); // MariaDB adds json_valid(col) as check `col`
        expect(info.checks.map((c) => c.name).filter((n) => !json.includes(n)).sort()).toEqual(t.checks.map((c) => c.name).sort());
      }
    });
  });

  test('the long names were shortened and recorded in the design', () => {
    const s = DESIGNS['names past 64 characters'](id as DialectId).design.schema!;
    expect(s.shortened.map((x) => x.kind)).toEqual(expect.arrayContaining(['table', 'column']));
    for (const x of s.shortened) expect(x.short.length).toBeLessThanOrEqual(id === 'mysql' ? 64 : 63);
  });
});
