/** Issue 7: every typed automatic field is honoured or refused in one line — never dropped or retyped in silence. */
import { DIALECTS, schemaOf, tableOf, userError } from '../support/design.js';

const table = (entities: string, db = DIALECTS[0]) => tableOf(schemaOf(db, { entities }), 'things');
const column = (entities: string, name: string) => table(entities).columns.find((c) => c.name === name);

describe('honoured', () => {
  test.each([
    ['id:uuid', { type: { kind: 'uuid' }, nullable: false, default: { kind: 'uuid' } }],
    ['id:string(20)', { type: { kind: 'string', length: 20 }, nullable: false }],
    ['id:char(8)', { type: { kind: 'char', length: 8 }, nullable: false }],
    ['id:integer', { type: { kind: 'integer' }, nullable: false, identity: true }],
    ['id:smallint', { type: { kind: 'smallint' }, nullable: false, identity: true }],
    ['id:bigint', { type: { kind: 'bigint' }, nullable: false, identity: true }],
  ])('%s is the key, with that type', (field, want) => {
    const t = table(`Thing: ${field}, name`);
    expect(t.primaryKey.columns).toEqual(['id']);
    expect(t.columns.filter((c) => c.name === 'id')).toEqual([{ name: 'id', ...want }]);
  });

  test.each([
    ['created_at:datetime', 'created_at', { type: { kind: 'datetime' }, nullable: false, default: { kind: 'now' } }],
    ['created_at:date', 'created_at', { type: { kind: 'date' }, nullable: false, default: { kind: 'today' } }],
    ['created_at:datetime:optional', 'created_at', { type: { kind: 'datetime' }, nullable: true }],
    ['created_at:optional', 'created_at', { type: { kind: 'timestamp' }, nullable: true }],
    ['updated_at:datetime', 'updated_at', { type: { kind: 'datetime' }, nullable: false, default: { kind: 'now' }, onUpdateNow: true }],
    ['updated_at:datetime:index', 'updated_at', { type: { kind: 'datetime' }, nullable: false, default: { kind: 'now' }, onUpdateNow: true }],
    ['deleted_at:datetime:optional', 'deleted_at', { type: { kind: 'datetime' }, nullable: true }],
    ['deleted_at', 'deleted_at', { type: { kind: 'timestamp' }, nullable: true }],
  ])('%s keeps its type and modifiers', (field, name, want) => {
    expect(column(`Thing: name, ${field}`, name)).toEqual({ name, ...want });
  });

  test('a typed or bare deleted_at means soft delete for that entity: the live-rows index', () => {
    for (const f of ['deleted_at', 'deleted_at:datetime:optional']) {
      expect(table(`Thing: name, ${f}`).indexes.map((i) => i.name)).toEqual(['ix_things_alive']);
    }
  });

  test('updated_at:datetime:index gets its index; the automatic columns stay last', () => {
    const t = table('Thing: updated_at:datetime:index, name');
    expect(t.columns.map((c) => c.name)).toEqual(['id', 'name', 'created_at', 'updated_at']);
    expect(t.indexes.map((i) => i.columns)).toEqual([['updated_at']]);
  });

  test('*_email gets the email inference (VARCHAR(320) + format CHECK), not unique', () => {
    const t = table('Thing: billing_email');
    expect(t.columns[1]).toEqual({ name: 'billing_email', type: { kind: 'string', length: 320 }, nullable: false });
    expect([t.checks.map((c) => c.name), t.uniques]).toEqual([['ck_things_billing_email_format'], []]);
  });
});

describe('refused in one line', () => {
  test.each([
    ['id:text', /^entities line 1 \(Thing\): id:text cannot be a key; an id is uuid, string\(n\), char\(n\), smallint, integer or bigint/],
    ['id:boolean', /id:boolean cannot be a key/],
    ['id:uuid:optional', /id is the primary key and cannot be optional|a primary key column cannot be optional/],
    ['id:unique', /id is the automatic key; give it a key type \(id:uuid, id:string\(n\), id:integer …\) or leave it bare/],
    ['created_at:integer', /created_at:integer is not a point in time; created_at is datetime or date \(or bare\)/],
    ['updated_at:date', /updated_at:date is not a point in time; updated_at is datetime \(or bare\)/],
    ['deleted_at:datetime', /deleted_at marks soft deletion \(NULL = live row\); write deleted_at:datetime:optional/],
    ['deleted_at:string', /deleted_at:string is not a point in time/],
    ['created_at:datetime:pk', /created_at is an automatic timestamp; it cannot be pk or ref\(\)/],
  ])('%s', (field, message) => {
    expect(userError(() => table(`Thing: name, ${field}`))).toMatch(message);
  });

  test('a typed *_id FK of another type than the key: refused, never retyped', () => {
    expect(userError(() => schemaOf('postgres', { entities: 'User: name\nThing: user_id:string' })))
      .toMatch(/^Thing\.user_id:string is a FK to User, whose key is bigint; drop the type/);
    expect(userError(() => schemaOf('postgres', { entities: 'User: id:uuid\nThing: user_id:integer' })))
      .toMatch(/^Thing\.user_id:integer is a FK to User, whose key is uuid/);
    expect(tableOf(schemaOf('postgres', { entities: 'User: id:uuid\nThing: user_id:uuid' }), 'things').columns[1].type).toEqual({ kind: 'uuid' });
  });
});

describe('a default the engines cannot all read, or of the wrong kind: one line', () => {
  test.each([
    ["d:date:default('2024-13-01')", /default\('2024-13-01'\) is not a date every engine reads \(write '2024-01-31'\)/],
    ["t:time:default('25:00')", /is not a time every engine reads/],
    ["u:uuid:default('abc')", /is not a uuid every engine reads/],
    ["j:json:default('{x')", /default\('\{x'\) is not JSON/],
    ['n:integer:default(1.5)', /default\(1\.5\) has decimals; integer holds whole numbers/],
    ['b:boolean:default(1)', /default\(1\) is a number; boolean is not numeric/],
    ['s:string(3):default(\'long\')', /has 4 characters; string\(3\) holds 3/],
    ['e:enum(a|b):default(c)', /default\(c\) is not one of a\|b/],
    ['d:date:default(now)', /default\(now\) needs a datetime or time column, not date; a date takes default\(today\)/],
    ['x:text:default(null)', /default\(null\) needs optional/],
    ['bin:binary:default(\'x\')', /binary takes no default but null/],
  ])('%s', (field, message) => {
    expect(userError(() => table(`Thing: ${field}`))).toMatch(message);
  });

  test('well-formed literals of every kind are accepted', () => {
    const t = table("Thing: d:date:default('2024-01-31'), t:time:default('09:30'), j:json:default('{\"a\":1}'), u:uuid:default('123e4567-e89b-12d3-a456-426614174000')");
    expect(t.columns.filter((c) => c.default?.kind === 'value').map((c) => c.name)).toEqual(['d', 't', 'j', 'u']);
  });
});
