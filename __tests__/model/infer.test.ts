/** Phase 3 inference from a bare field name, rule by rule; then how each rule lands in the compiled table. */
import { inferFromName } from '../../src/model/infer.js';
import { parseEntities } from '../../src/model/parse.js';
import { schemaOf, tableOf } from '../support/design.js';

const none = { nullable: false, unique: false, index: false, checks: [] };

describe('inference rules (bare names)', () => {
  test.each([
    ['id', { type: { kind: 'key' }, ...none }],
    ['author_id', { type: { kind: 'key' }, ...none }],
    ['published_at', { type: { kind: 'timestamp' }, default: { kind: 'now' }, ...none }],
    ['email', { type: { kind: 'string', length: 320 }, ...none, unique: true, checks: ['email'] }],
    ['slug', { type: { kind: 'string', length: 255 }, ...none, unique: true }],
    ['username', { type: { kind: 'string', length: 255 }, ...none, unique: true }],
    ['view_count', { type: { kind: 'integer' }, default: { kind: 'value', value: 0 }, ...none, checks: ['nonneg'] }],
    ['total_amount', { type: { kind: 'decimal', precision: 18, scale: 2 }, default: { kind: 'value', value: 0 }, ...none, checks: ['nonneg'] }],
    ['is_admin', { type: { kind: 'boolean' }, default: { kind: 'value', value: false }, ...none }],
    ['has_paid', { type: { kind: 'boolean' }, default: { kind: 'value', value: false }, ...none }],
    ['title', { type: { kind: 'text' }, ...none }],
    // near misses fall through to TEXT
    ['format', { type: { kind: 'text' }, ...none }],
    ['emails', { type: { kind: 'text' }, ...none }],
    ['island', { type: { kind: 'text' }, ...none }],
    ['count', { type: { kind: 'text' }, ...none }],
    ['hash', { type: { kind: 'text' }, ...none }],
  ])('%s', (name, expected) => {
    const got = inferFromName(name);
    expect(got).toMatchObject(expected);
    if (!('default' in expected)) expect(got.default).toBeUndefined();
    expect(got.reason).toMatch(/^inferred/);
  });

  test('anything else is TEXT NOT NULL unless optional', () => {
    const [e] = parseEntities('T: nickname, motto:optional');
    expect(e.fields.map((f) => [f.name, f.type.kind, f.nullable])).toEqual([['nickname', 'text', false], ['motto', 'text', true]]);
  });

  test('optional keeps the other inferred parts (unique email stays unique and checked)', () => {
    const [e] = parseEntities('T: email:optional, score_count:optional');
    expect(e.fields[0]).toMatchObject({ nullable: true, unique: true, checks: ['email'] });
    expect(e.fields[1]).toMatchObject({ nullable: true, default: { kind: 'value', value: 0 }, checks: ['nonneg'] });
  });
});

describe('the rules in the compiled table (dialect-free names)', () => {
  const s = schemaOf('postgres', { entities: 'Account: email, slug, login_count, balance_amount, is_locked, bio, closed_at:optional' });
  const t = tableOf(s, 'accounts');

  test('columns in order: id, fields, created_at, updated_at', () => {
    expect(t.columns.map((c) => c.name)).toEqual(
      ['id', 'email', 'slug', 'login_count', 'balance_amount', 'is_locked', 'bio', 'closed_at', 'created_at', 'updated_at']);
    expect(t.columns[0]).toEqual({ name: 'id', type: { kind: 'key' }, nullable: false, identity: true });
    expect(t.columns.find((c) => c.name === 'updated_at')).toMatchObject({ default: { kind: 'now' }, onUpdateNow: true });
  });

  test('unique constraints for email and slug; checks for email, *_count, *_amount', () => {
    expect(t.uniques).toEqual([
      { name: 'uq_accounts_email', columns: ['email'] }, { name: 'uq_accounts_slug', columns: ['slug'] },
    ]);
    expect(t.checks).toEqual([
      { name: 'ck_accounts_email_format', column: 'email', rule: 'email' },
      { name: 'ck_accounts_login_count_nonneg', column: 'login_count', rule: 'nonneg' },
      { name: 'ck_accounts_balance_amount_nonneg', column: 'balance_amount', rule: 'nonneg' },
    ]);
    expect(t.indexes).toEqual([]);
  });

  test('an index modifier gives an index; unique wins over index', () => {
    const u = tableOf(schemaOf('postgres', { entities: 'T: code:index, tag:string:unique:index' }), 'ts');
    expect(u.indexes).toEqual([{ name: 'ix_ts_code', columns: ['code'], unique: false }]);
    expect(u.uniques).toEqual([{ name: 'uq_ts_tag', columns: ['tag'] }]);
  });
});
