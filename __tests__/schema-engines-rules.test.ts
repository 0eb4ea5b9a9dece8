/** Behaviour on real engines: updated_at really moves on UPDATE, CHECKs really reject, FK actions really act. */
import { describeEachEngine, useEngine, type Engine } from './support/engines.js';
import { renderExample } from './support/golden.js';
import { renderDesign, scalar } from './support/schema-run.js';
import { dialectOf } from '../src/dialects/registry.js';
import type { DialectId } from '../src/dialects/dialect.js';

const ENTITIES = `Account: email, balance_amount, login_count, status:enum(open|it's closed|back\\slash), note:optional`;
const OLD = '2000-01-01 00:00:00';

describeEachEngine('updated_at and CHECKs', (id) => {
  const engine = useEngine(id);
  const d = dialectOf(id as DialectId);
  const [q, lit] = [d.quote, d.literal];
  const insert = (email: string, amount: number, status: string, count = 0) =>
    `INSERT INTO ${q('accounts')} (${['email', 'balance_amount', 'login_count', 'status', 'created_at', 'updated_at'].map(q).join(', ')}) ` +
    `VALUES (${lit(email)}, ${amount}, ${count}, ${lit(status)}, ${lit(OLD)}, ${lit(OLD)});`;
  beforeAll(async () => {
    await engine().exec(renderDesign(id as DialectId, ENTITIES).up);
  });

  test('a valid row goes in, including enum values with a quote and a backslash', async () => {
    await engine().exec(insert('a@example.com', 0, 'open'));
    await engine().exec(insert('b@example.com', 12.5, "it's closed"));
    await engine().exec(insert('c@example.com', 1, 'back\\slash'));
    expect(await scalar(engine(), `SELECT COUNT(*) FROM ${q('accounts')}`)).toBe(3);
  });

  test('updated_at really changes on UPDATE (old value set explicitly, then compared)', async () => {
    const moved = `SELECT CASE WHEN ${q('updated_at')} > ${q('created_at')} THEN 1 ELSE 0 END FROM ${q('accounts')} WHERE ${q('email')} = 'a@example.com'`;
    expect(await scalar(engine(), moved)).toBe(0);
    await engine().exec(`UPDATE ${q('accounts')} SET ${q('note')} = 'touched' WHERE ${q('email')} = 'a@example.com';`);
    expect(await scalar(engine(), moved)).toBe(1);
    const untouched = `SELECT COUNT(*) FROM ${q('accounts')} WHERE ${q('updated_at')} > ${q('created_at')}`;
    expect(await scalar(engine(), untouched)).toBe(1);
  });

  // each engine names the violated constraint (SQLite names a UNIQUE by its column)
  test.each([
    ['a bad email', 'no-at-sign', 1, 'open', 0, /ck_accounts_email_format/],
    ['a negative amount', 'd@example.com', -0.01, 'open', 0, /ck_accounts_balance_amount_nonneg/],
    ['a negative count', 'e@example.com', 0, 'open', -1, /ck_accounts_login_count_nonneg/],
    ['an unknown enum value', 'f@example.com', 0, 'closed', 0, /ck_accounts_status_allowed/],
    ['an enum value differing only by quoting', 'g@example.com', 0, 'its closed', 0, /ck_accounts_status_allowed/],
    ['a duplicate email', 'a@example.com', 0, 'open', 0, /uq_accounts_email|accounts\.email/],
  ] as const)('the engine rejects %s', async (_what, email, amount, status, count, error) => {
    await expect(engine().exec(insert(email, amount, status, count))).rejects.toThrow(error);
    expect(await scalar(engine(), `SELECT COUNT(*) FROM ${q('accounts')}`)).toBe(3);
  });
});

const FK_ERROR = /fk_\w+|FOREIGN KEY constraint failed/;

describeEachEngine('FK actions (blog)', (id) => {
  const engine = useEngine(id);
  const q = dialectOf(id as DialectId).quote;
  const ins = (t: string, cols: Record<string, string | number>) =>
    `INSERT INTO ${q(t)} (${Object.keys(cols).map(q).join(', ')}) VALUES (${Object.values(cols).map((v) => (typeof v === 'number' ? v : `'${v}'`)).join(', ')});`;
  const count = (e: Engine, t: string) => scalar(e, `SELECT COUNT(*) FROM ${q(t)}`);
  beforeAll(async () => {
    await engine().exec(renderExample('blog', id as DialectId).up);
    await engine().exec([
      ins('users', { email: 'a@example.com', username: 'a', display_name: 'A' }),
      ins('posts', { title: 'T', slug: 't', body: 'B', status: 'draft', author_id: 1 }),
      ins('tags', { name: 'x' }),
      ins('post_tags', { post_id: 1, tag_id: 1 }),
      ins('comments', { body: 'c', post_id: 1, user_id: 1 }),
    ].join('\n'));
  });

  test('an FK to a missing parent is rejected', async () => {
    await expect(engine().exec(ins('comments', { body: 'c', post_id: 99, user_id: 1 }))).rejects.toThrow(FK_ERROR);
  });

  test('one-to-many is RESTRICT: a referenced user cannot be deleted', async () => {
    await expect(engine().exec(`DELETE FROM ${q('users')};`)).rejects.toThrow(FK_ERROR);
    expect(await count(engine(), 'users')).toBe(1);
  });

  test('junction rows CASCADE with their post', async () => {
    await engine().exec(`DELETE FROM ${q('comments')};`);
    await engine().exec(`DELETE FROM ${q('posts')};`);
    expect(await count(engine(), 'post_tags')).toBe(0);
    expect(await count(engine(), 'tags')).toBe(1);
  });
});

describeEachEngine('one-to-one (shop: Customer → Profile)', (id) => {
  const engine = useEngine(id);
  const q = dialectOf(id as DialectId).quote;
  beforeAll(async () => {
    await engine().exec(renderExample('shop', id as DialectId).up);
    await engine().exec(`INSERT INTO ${q('customers')} (${q('email')}, ${q('name')}) VALUES ('a@example.com', 'A');`);
    await engine().exec(`INSERT INTO ${q('profiles')} (${q('customer_id')}) VALUES (1);`);
  });

  test('a second profile for the same customer violates the UNIQUE', async () => {
    await expect(engine().exec(`INSERT INTO ${q('profiles')} (${q('customer_id')}) VALUES (1);`)).rejects.toThrow(/uq_profiles_customer_id|profiles\.customer_id/);
  });

  test('deleting the customer CASCADEs to the profile', async () => {
    await engine().exec(`DELETE FROM ${q('customers')};`);
    expect(await scalar(engine(), `SELECT COUNT(*) FROM ${q('profiles')}`)).toBe(0);
  });
});
