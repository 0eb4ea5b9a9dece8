/** Names: normalisation, tables, junctions, identifier limits (63 PostgreSQL, 64 MySQL) and keyword names. */
import { entityName, junctionName, NameBook, shorten, tableName } from '../../src/model/naming.js';
import type { Schema } from '../../src/state/physical-schema.js';
import { DIALECTS, schemaOf, upSql, userError, type Small } from '../support/design.js';

const LIMIT = { postgres: 63, mysql: 64, sqlite: 63 } as const;

/** Every identifier a schema names: tables, columns, constraints, indexes, triggers. */
function identifiers(s: Schema): string[] {
  return s.tables.flatMap((t) => [
    t.name, t.primaryKey.name, ...t.columns.map((c) => c.name), ...t.uniques.map((u) => u.name), ...t.checks.map((c) => c.name),
    ...t.foreignKeys.map((f) => f.name), ...t.indexes.map((i) => i.name), ...(t.trigger ? [t.trigger] : []),
  ]);
}

test.each([
  ['user_profile', 'UserProfile', 'user_profiles'], ['user_profiles', 'UserProfile', 'user_profiles'], ['Person', 'Person', 'people'],
  ['order item', 'OrderItem', 'order_items'], ['Category', 'Category', 'categories'], ['OrderItem', 'OrderItem', 'order_items'],
])('entity %j → %s, table %s', (typed, entity, table) => {
  expect(entityName(typed)).toBe(entity);
  expect(tableName(entity)).toBe(table);
});

test('junction names: both entities in alphabetical order, the last one plural', () => {
  expect(junctionName('User', 'Organization')).toBe('organization_users');
  expect(junctionName('Tag', 'BlogPost')).toBe('blog_post_tags');
});

describe('shorten', () => {
  const long = `fk_${'very_long_table_name_'.repeat(3)}author_id`;
  test('names within the limit are kept; longer ones get a hash, within the limit, deterministic', () => {
    expect(shorten('fk_posts_author_id', 63)).toBe('fk_posts_author_id');
    const a = shorten(long, 63);
    expect(a).toHaveLength(63);
    expect(a).toMatch(/^fk_(very_long_table_name_){2}very_long_[0-9a-f]{8}$/);
    expect(shorten(long, 63)).toBe(a);
    expect(shorten(`${long}s`, 63)).not.toBe(a);
  });

  test('63 vs 64: a 64-character name is kept on MySQL, shortened on PostgreSQL', () => {
    const n64 = 'x'.repeat(64);
    expect(shorten(n64, 64)).toBe(n64);
    expect(shorten(n64, 63)).toHaveLength(63);
  });

  test('the book records each shortening once, by kind', () => {
    const book = new NameBook(20);
    book.name('index', 'ix_a_rather_long_index_name');
    book.name('index', 'ix_a_rather_long_index_name');
    book.name('index', 'ix_short');
    expect(book.shortened).toEqual([{ kind: 'index', full: 'ix_a_rather_long_index_name', short: shorten('ix_a_rather_long_index_name', 20) }]);
  });
});

describe('long names in a design', () => {
  const entity = 'SubscriptionRenewalReminderNotificationDeliveryAttemptHistoryEntry';
  const column = 'last_successful_delivery_confirmation_received_from_upstream_provider_at';
  const design: Small = { entities: `Customer: email\n${entity}: ${column}, customer_id`, relations: [{ from: 'Customer', to: entity, kind: 'many-to-many' }] };

  test.each(DIALECTS)('%s: every identifier within the limit, unique per table, deterministic', (db) => {
    const s = schemaOf(db, design);
    for (const id of identifiers(s)) expect(id.length).toBeLessThanOrEqual(LIMIT[db]);
    for (const t of s.tables) expect(new Set(t.columns.map((c) => c.name)).size).toBe(t.columns.length);
    expect(schemaOf(db, design)).toEqual(s);
    expect(upSql(db, design)).toEqual(upSql(db, design));
  });

  test.each(DIALECTS)('%s: long table and column names are shortened and recorded in schema.shortened', (db) => {
    const s = schemaOf(db, design);
    const full = tableName(entityName(entity));
    const short = shorten(full, LIMIT[db]);
    expect(full.length).toBeGreaterThan(64);
    expect(s.shortened).toContainEqual({ kind: 'table', full, short });
    expect(s.shortened).toContainEqual({ kind: 'column', full: column, short: shorten(column, LIMIT[db]) });
    expect(s.tables.map((t) => t.name)).toContain(short);
    const fk = s.tables.find((t) => t.name === short)!.foreignKeys[0];
    expect(fk).toMatchObject({ column: 'customer_id', refTable: 'customers' });
    for (const sh of s.shortened) expect(sh.short).toBe(shorten(sh.full, LIMIT[db]));
  });

  test('names are stable: adding an entity changes none of the existing names', () => {
    const before = schemaOf('postgres', design);
    const after = schemaOf('postgres', { ...design, entities: `${design.entities}\nInvoice: total_amount` });
    expect(after.tables.filter((t) => t.name !== 'invoices')).toEqual(before.tables);
  });
});

describe('keyword names work as entities and as fields', () => {
  const design: Small = { entities: 'User: user, order, group\nOrder: select, from, desc, user_id\nGroup: name\nSelect: key\nFrom: to\nDesc: asc, where, table' };

  test('tables are snake plural, FK from user_id, keyword fields are plain columns', () => {
    const s = schemaOf('postgres', design);
    expect(s.tables.map((t) => t.name)).toEqual(['users', 'orders', 'groups', 'selects', 'froms', 'descs']);
    expect(s.tables[0].columns.map((c) => c.name)).toEqual(['id', 'user', 'order', 'group', 'created_at', 'updated_at']);
    expect(s.tables[1].foreignKeys.map((f) => f.refTable)).toEqual(['users']);
  });

  test.each([
    ['postgres', '"order" TEXT NOT NULL', 'CREATE TABLE IF NOT EXISTS "descs"'],
    ['mysql', '`order` TEXT NOT NULL', 'CREATE TABLE IF NOT EXISTS `descs`'],
    ['sqlite', '"order" TEXT NOT NULL', 'CREATE TABLE IF NOT EXISTS "descs"'],
  ] as const)('%s quotes every identifier', (db, column, table) => {
    const sql = upSql(db, design).join('\n');
    expect(sql).toContain(column);
    expect(sql).toContain(table);
    expect(sql).not.toMatch(/[(,]\s*(user|order|group|select|from|desc)\b/);
  });
});

describe('a name that would mean two things is refused (IF NOT EXISTS would skip the second silently)', () => {
  test.each([
    ['Post: title\nTag: name\nPostTag: note', [{ from: 'Post', to: 'Tag', kind: 'many-to-many' }], 'team', /^names: 'post_tags' would name both the table of PostTag and the junction of posts and tags; .*"column"/],
    ['User: email\nGroup: name', [{ from: 'User', to: 'Group', kind: 'many-to-many', column: 'users' }], 'team', /^names: 'users' would name both the table of User and the junction/],
    ['User: alive:index', [], 'multi-replica', /^names: 'ix_users_alive' would name both an index of users and an index of users/],
  ] as const)('%j', (entities, relations, scale, message) => {
    expect(userError(() => schemaOf('postgres', { entities, relations: [...relations], scale }))).toMatch(message);
  });
});
