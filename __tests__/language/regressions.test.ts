/** What the property tests found in the v2 language, pinned. */
import { createSql, DIALECTS, schemaOf, tableOf, userError } from '../support/design.js';

test('an FK to a natural key with a long name points at the shortened column name', () => {
  const long = 'subscription_renewal_reminder_notification_delivery_attempt_r_id';
  for (const db of DIALECTS) {
    const s = schemaOf(db, { entities: `Approval: ${long}:integer:pk\nUser: renewal_ref:ref(Approval)` });
    const parent = tableOf(s, 'approvals');
    expect(tableOf(s, 'users').foreignKeys[0].refColumn).toBe(parent.primaryKey.columns[0]);
    expect(parent.columns.map((c) => c.name)).toContain(parent.primaryKey.columns[0]);
  }
});

test('a key column that would be NULL-allowed (an FK with set-null in @pk) is refused in one line', () => {
  expect(userError(() => schemaOf('sqlite', { entities: 'Status: name\nReminder: status_ref:ref(Status, set-null), code:integer, @pk(status_ref, code)' })))
    .toMatch(/^Reminder\.status_ref is in the primary key but NULL-allowed \(optional, or an FK with set-null\); a key column is NOT NULL$/);
});

test('check(expr) quotes its column names, so a column may be called like a keyword', () => {
  const entities = 'Line: order:integer:check(order >= 0 and length(note) < 9), note:string(20)';
  expect(createSql('postgres', { entities }, 'lines')).toContain('CHECK (("order" >= 0) AND (length("note") < 9))');
  expect(createSql('mysql', { entities }, 'lines')).toContain('CHECK ((`order` >= 0) AND (CHAR_LENGTH(`note`) < 9))');
});

test.each([
  ["note:text:default('a\u0000b')", /field 'note': default "'a\\u0000b'" contains a control character \(U\+0000\); use printable text$/],
  ['qty:integer:check(qty > 0\u202E)', /field 'qty': check "qty > 0\\u202e" contains a bidirectional control character \(U\+202E\)/],
  ['x:text, @index(x\u0007)', /directive "@index\(x\\u0007\)" contains a control character \(U\+0007\)/],
])('control characters in default(…), check(…) and directives are refused in one line: %j', (item, message) => {
  expect(userError(() => schemaOf('postgres', { entities: `Thing: ${item}` }))).toMatch(message);
});

test('check(…) refuses || (concatenation on PostgreSQL and SQLite, OR on MySQL) in one line', () => {
  expect(userError(() => schemaOf('mysql', { entities: "Thing: a:string(5):check(a || 'x' <> 'yx')" })))
    .toMatch(/^Thing\.a: check\(a \|\| 'x' <> 'yx'\) has '\|\| 'x' <', which is not part of an expression every engine reads alike/);
});

test('relations: onDelete sets the action (set-null makes the column NULL-allowed); on a many-to-many it is refused, not ignored', () => {
  const t = tableOf(schemaOf('postgres', { entities: 'User: name\nPost: title', relations: [{ from: 'User', to: 'Post', kind: 'one-to-many', column: 'writer', onDelete: 'set-null' }] }), 'posts');
  expect([t.foreignKeys[0].onDelete, t.columns.find((c) => c.name === 'writer')?.nullable]).toEqual(['set-null', true]);
  expect(userError(() => schemaOf('postgres', { entities: 'User: name\nTag: label', relations: [{ from: 'User', to: 'Tag', kind: 'many-to-many', onDelete: 'restrict' }] })))
    .toMatch(/^relations\[0\]\.onDelete: only a one-to-many or one-to-one relation has an FK action/);
});
