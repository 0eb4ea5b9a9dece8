/** The dialect-free plan: compiled tables and the statements of an up and its down, before any SQL. */
import { invert, planDown, type Statement } from '../../src/model/statements.js';
import { planCreate } from '../../src/diff/plan.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { DIALECTS, schemaOf, tableOf, type Small } from '../support/design.js';

const blog: Small = {
  entities: 'User: email\nPost: title, user_id\nComment: body, post_id, user_id\nTag: name',
  relations: [{ from: 'Post', to: 'Tag', kind: 'many-to-many' }],
};
const label = (s: Statement) => ('table' in s && typeof s.table === 'object' ? `${s.kind} ${s.table.name}` : s.kind);

describe.each(DIALECTS)('plan for %s caps', (db) => {
  const caps = dialectOf(db).caps;
  const schema = schemaOf(db, blog);
  const up = planCreate(schema, caps);

  test('up: the trigger function first where the engine has one, then every table parents first', () => {
    expect(up.map(label)).toEqual([
      ...(caps.triggerFunction ? ['createTriggerFunction'] : []),
      'createTable users', 'createTable posts', 'createTable comments', 'createTable tags', 'createTable post_tags',
    ]);
  });

  test('every FK column is covered by an index, a unique constraint or the primary key prefix', () => {
    for (const t of schema.tables) {
      for (const fk of t.foreignKeys) {
        const covered = t.indexes.some((i) => i.columns[0] === fk.column) || t.uniques.some((u) => u.columns[0] === fk.column)
          || t.primaryKey.columns[0] === fk.column;
        expect(`${t.name}.${fk.column}: ${covered}`).toBe(`${t.name}.${fk.column}: true`);
      }
    }
  });

  test('updated_at: a trigger name where the engine needs one, ON UPDATE in the column otherwise', () => {
    const users = tableOf(schema, 'users');
    expect(users.trigger).toBe(caps.updatedAtTrigger ? 'trg_users_updated_at' : undefined);
    expect(users.columns.find((c) => c.name === 'updated_at')?.onUpdateNow).toBe(true);
    expect(tableOf(schema, 'post_tags').columns.map((c) => c.name)).not.toContain('updated_at');
  });

  test('down = inverses in reverse order; no guard without irreversible entities', () => {
    const down = planDown(up, 'init_schema', []);
    expect(down.map(label)).toEqual([
      'dropTable post_tags', 'dropTable tags', 'dropTable comments', 'dropTable posts', 'dropTable users',
      ...(caps.triggerFunction ? ['dropTriggerFunction'] : []),
    ]);
    expect(down.map(invert).reverse()).toEqual(up);
  });

  test('irreversible: a guard before anything is dropped, and the table is marked kept', () => {
    const down = planDown(up, 'init_schema', ['posts']);
    expect(down[0]).toEqual({ kind: 'guardIrreversible', migration: 'init_schema', tables: ['posts'] });
    expect(down.filter((s) => s.kind === 'dropTable' && s.irreversible).map(label)).toEqual(['dropTable posts']);
    expect(() => invert(down[0])).toThrow('guardIrreversible has no inverse');
  });
});

describe('scale and soft delete', () => {
  test('multi-replica adds deleted_at; a partial alive index where the engine has partial indexes', () => {
    for (const db of DIALECTS) {
      const t = tableOf(schemaOf(db, { entities: 'User: email', scale: 'multi-replica' }), 'users');
      expect(t.columns.find((c) => c.name === 'deleted_at')).toEqual({ name: 'deleted_at', type: { kind: 'timestamp' }, nullable: true });
      expect(t.indexes).toEqual([dialectOf(db).caps.partialIndex
        ? { name: 'ix_users_alive', columns: ['id'], unique: false, whereAlive: true }
        : { name: 'ix_users_deleted_at', columns: ['deleted_at'], unique: false }]);
    }
  });

  test.each(['solo', 'team'] as const)('%s: no deleted_at', (scale) => {
    expect(tableOf(schemaOf('postgres', { entities: 'User: email', scale }), 'users').columns.map((c) => c.name)).not.toContain('deleted_at');
  });
});
