/**
 * What db-import writes into a design, compiled: a many-to-many's `junction` (its columns of `from` then `to`,
 * their ON DELETE, no created_at, an index on `to` or none) and the design's `names` (a generated name → the
 * name kept). The round trips in __tests__/import/ run both on the real engines.
 */
import { buildModel, compileFor } from '../../src/core/design.js';
import type { Relation } from '../../src/state/model-schema.js';
import { DIALECTS, tableOf, userError } from '../support/design.js';

const entities = 'Film: film_id:integer:pk, title:string, @timestamps(none)\nActor: actor_id:integer:pk, @timestamps(none)';
const rel = (junction: Relation['junction']): Relation =>
  ({ from: 'Film', to: 'Actor', kind: 'many-to-many', name: 'film_actor', junction });

test.each(DIALECTS)('%s: a junction as imported: its columns in order, its actions, no created_at, an index on `to`', (db) => {
  const model = buildModel({ entities, relations: [rel({ columns: ['film_id', 'actor_id'], onDelete: ['restrict', 'no-action'],
    createdAt: false, index: 'to' })] });
  const t = tableOf(compileFor(model, { db, scale: 'team' }), 'film_actor');
  expect(t.columns.map((c) => c.name)).toEqual(['film_id', 'actor_id']);
  expect(t.primaryKey.columns).toEqual(['film_id', 'actor_id']);
  expect(t.foreignKeys.map((f) => [f.column, f.refTable, f.onDelete])).toEqual([['film_id', 'films', 'restrict'], ['actor_id', 'actors', 'no-action']]);
  expect(t.indexes.map((i) => i.columns)).toEqual([['actor_id']]);
});

test('without `junction` the junction is as before: sorted, created_at, cascade, the (to, from) index', () => {
  const t = tableOf(compileFor(buildModel({ entities, relations: [rel(undefined)] }), { db: 'postgres', scale: 'team' }), 'film_actor');
  expect(t.columns.map((c) => c.name)).toEqual(['actor_id', 'film_id', 'created_at']);
  expect(t.foreignKeys.map((f) => f.onDelete)).toEqual(['cascade', 'cascade']);
  expect(t.indexes.map((i) => i.columns)).toEqual([['film_id', 'actor_id']]);
  const none = compileFor(buildModel({ entities, relations: [rel({ index: false })] }), { db: 'sqlite', scale: 'team' });
  expect(tableOf(none, 'film_actor').indexes).toEqual([]);
});

test('`names` renames what the design would name otherwise, and nothing else', () => {
  const model = buildModel({ entities: `${entities.split('\n')[0].replace('title:string', 'title:string:index')}`, relations: [] });
  const names = { ix_films_title: 'idx_title', pk_films: 'film_pkey' };
  const t = tableOf(compileFor(model, { db: 'postgres', scale: 'team', names }), 'films');
  expect(t.indexes.map((i) => i.name)).toEqual(['idx_title']);
  expect(t.primaryKey.name).toBe('film_pkey');
  expect(tableOf(compileFor(model, { db: 'postgres', scale: 'team' }), 'films').indexes[0].name).toBe('ix_films_title');
});

test('a `junction` on a one-to-many is refused in one line', () => {
  const bad = { from: 'Film', to: 'Actor', kind: 'one-to-many', junction: { createdAt: false } } as Relation;
  expect(userError(() => buildModel({ entities, relations: [bad] })))
    .toBe('relations[0].junction describes a many-to-many junction; a one-to-many has none');
});
