/** Relations: implicit <entity>_id, explicit columns, self references, junctions, refusals, candidates. */
import { candidatePairs, isolated, resolveRelations } from '../../src/model/relations.js';
import { parseEntities } from '../../src/model/parse.js';
import type { Relation } from '../../src/state/model-schema.js';
import { modelOf, schemaOf, tableOf, userError } from '../support/design.js';

const rel = (from: string, to: string, kind: Relation['kind'], column?: string): Relation => ({ from, to, kind, ...(column ? { column } : {}) });
const resolve = (text: string, given: Relation[] = []) => resolveRelations(parseEntities(text), given);

describe('resolving relations', () => {
  test('an unclaimed <entity>_id field is an implicit one-to-many; other *_id fields are plain keys', () => {
    expect(resolve('User: email\nPost: user_id, editor_id')).toEqual([rel('User', 'Post', 'one-to-many', 'user_id')]);
  });

  test('a relation without column gets <from>_id; names are normalised', () => {
    expect(resolve('User: email\nPost: title', [rel('users', 'post', 'one-to-many')])).toEqual([rel('User', 'Post', 'one-to-many', 'user_id')]);
  });

  test('a field <entity>_id and a relation for the same pair are one column', () => {
    const m = modelOf({ entities: 'User: email\nPost: user_id', relations: [rel('User', 'Post', 'one-to-many')] });
    expect(m.relations).toEqual([rel('User', 'Post', 'one-to-many', 'user_id')]);
    expect(tableOf(schemaOf('postgres', { entities: 'User: email\nPost: user_id', relations: [rel('User', 'Post', 'one-to-many')] }), 'posts')
      .columns.filter((c) => c.name === 'user_id')).toHaveLength(1);
  });

  test('an explicit column claims the field; kind none suppresses the implicit FK', () => {
    expect(resolve('User: email\nPost: author_id', [rel('User', 'Post', 'one-to-many', 'author_id')]))
      .toEqual([rel('User', 'Post', 'one-to-many', 'author_id')]);
    expect(resolve('User: email\nPost: user_id', [rel('User', 'Post', 'none')])).toEqual([rel('User', 'Post', 'none')]);
  });

  test('self reference: default parent_<entity>_id, or the given column; the FK column is nullable', () => {
    expect(resolve('Category: name', [rel('Category', 'Category', 'one-to-many')])).toEqual([rel('Category', 'Category', 'one-to-many', 'parent_category_id')]);
    const s = schemaOf('postgres', { entities: 'Employee: name', relations: [rel('Employee', 'Employee', 'one-to-many', 'manager_id')] });
    const t = tableOf(s, 'employees');
    expect(t.columns.find((c) => c.name === 'manager_id')).toEqual({ name: 'manager_id', type: { kind: 'key' }, nullable: true });
    expect(t.foreignKeys).toEqual([{ name: 'fk_employees_manager_id', column: 'manager_id', refTable: 'employees', refColumn: 'id', onDelete: 'restrict' }]);
  });

  test('one-to-one: the FK sits on `to`, UNIQUE, ON DELETE CASCADE', () => {
    const t = tableOf(schemaOf('postgres', { entities: 'User: email\nProfile: bio', relations: [rel('User', 'Profile', 'one-to-one')] }), 'profiles');
    expect(t.uniques).toEqual([{ name: 'uq_profiles_user_id', columns: ['user_id'] }]);
    expect(t.foreignKeys).toEqual([expect.objectContaining({ column: 'user_id', refTable: 'users', onDelete: 'cascade' })]);
    expect(t.indexes).toEqual([]); // the UNIQUE index covers the FK column
  });

  test('many-to-many: junction named alphabetically (Organization + User → organization_users)', () => {
    const s = schemaOf('postgres', { entities: 'User: email\nOrganization: name', relations: [rel('User', 'Organization', 'many-to-many')] });
    const j = tableOf(s, 'organization_users');
    expect(j).toMatchObject({ kind: 'junction', primaryKey: { name: 'pk_organization_users', columns: ['organization_id', 'user_id'] } });
    expect(j.columns.map((c) => c.name)).toEqual(['organization_id', 'user_id', 'created_at']);
    expect(j.foreignKeys.map((f) => [f.column, f.refTable, f.onDelete])).toEqual([['organization_id', 'organizations', 'cascade'], ['user_id', 'users', 'cascade']]);
    expect(j.indexes).toEqual([{ name: 'ix_organization_users_user_id_organization_id', columns: ['user_id', 'organization_id'], unique: false }]);
    expect(j.trigger).toBeUndefined();
    expect(s.tables.map((t) => t.name).pop()).toBe('organization_users');
  });

  test('a self many-to-many gets <entity>_id and related_<entity>_id', () => {
    const j = tableOf(schemaOf('postgres', { entities: 'User: email', relations: [rel('User', 'User', 'many-to-many')] }), 'user_users');
    expect(j.primaryKey.columns).toEqual(['user_id', 'related_user_id']);
  });
});

test('a relation column may be any name (issue 7): writer holds the FK to User', () => {
  expect(resolve('User: email\nPost: title', [rel('User', 'Post', 'one-to-many', 'writer')])).toEqual([rel('User', 'Post', 'one-to-many', 'writer')]);
});

describe('refusals (one line)', () => {
  test.each([
    [[rel('User', 'Ghost', 'one-to-many')], /^relations\[0\]\.to: unknown entity 'Ghost' \(entities: User, Post\)$/],
    [[rel('Author', 'Post', 'one-to-many')], /^relations\[0\]\.from: unknown entity 'Author' \(entities: User, Post\)$/],
    [[rel('User', 'Post', 'one-to-many'), rel('User', 'Post', 'one-to-one')], /^relations\[1\]: Post\.user_id is already the FK to User \(set "column"\)$/],
    [[rel('User', 'Post', 'many-to-many'), rel('Post', 'User', 'many-to-many')], /^relations\[1\]: Post and User are many-to-many twice$/],
  ])('%j', (given, message) => {
    expect(userError(() => resolve('User: email\nPost: title', given))).toMatch(message);
  });
});

describe('candidates and isolated entities', () => {
  const es = parseEntities('User: email\nOrganization: name\nPost: user_id\nInvoice: total_amount\nAudit: note');
  test('candidates come from x_id fields and intake sentences, not all pairs', () => {
    expect(candidatePairs(es, 'Users join organizations. Invoices are sent.')).toEqual([['User', 'Post'], ['User', 'Organization']]);
  });
  test('isolated: entities in no relation', () => {
    expect(isolated(es, resolveRelations(es, []))).toEqual(['Organization', 'Invoice', 'Audit']);
  });
});
