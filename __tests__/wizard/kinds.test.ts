/** The matrix's rows ↔ relations, the self pair's kinds, and the screens db-schema expects for what is missing. */
import { fromRelation, kindsOf, toRelation } from '../../src/wizard/kinds.js';
import { screensAhead } from '../../src/wizard/resume.js';

test('a row becomes the relation it shows; the default action is not recorded, another one is', () => {
  expect(toRelation({ a: 'User', b: 'Post', kind: 'a-b', column: 'author_id' })).toEqual({ from: 'User', to: 'Post', kind: 'one-to-many', column: 'author_id' });
  expect(toRelation({ a: 'User', b: 'Post', kind: 'b-a', column: 'author_id' })).toEqual({ from: 'Post', to: 'User', kind: 'one-to-many' });
  expect(toRelation({ a: 'User', b: 'Post', kind: 'a-b', onDelete: 'restrict' })).toEqual({ from: 'User', to: 'Post', kind: 'one-to-many' });
  expect(toRelation({ a: 'User', b: 'Post', kind: 'a-b', onDelete: 'set-null' })).toMatchObject({ onDelete: 'set-null' });
  expect(toRelation({ a: 'Post', b: 'Tag', kind: 'many-to-many', onDelete: 'restrict' })).toEqual({ from: 'Post', to: 'Tag', kind: 'many-to-many' });
});

test('a relation answered before comes back as the row of its pair, either way round', () => {
  const rel = { from: 'Post', to: 'User', kind: 'one-to-many' as const, onDelete: 'cascade' as const };
  expect(fromRelation(rel, 'User', 'Post')).toMatchObject({ kind: 'b-a', onDelete: 'cascade' });
  expect(fromRelation(rel, 'Post', 'User')).toMatchObject({ kind: 'a-b' });
  expect(toRelation(fromRelation(rel, 'User', 'Post'))).toEqual(rel);
});

test('a self pair offers one direction only (no two identical options)', () => {
  const labels = kindsOf('Employee', 'Employee').map((k) => k.label);
  expect(labels).toEqual(['None', 'One-to-one', 'One-to-many (parent Employee→child Employee)']);
  expect(kindsOf('User', 'Post').map((k) => k.value)).toEqual(['none', 'one-to-one', 'a-b', 'b-a', 'many-to-many']);
});

test('screens ahead: 8 from nothing; Prisma 6; what is given is not counted', () => {
  expect(screensAhead({})).toBe(8);
  expect(screensAhead({ orm: 'prisma' })).toBe(6);
  expect(screensAhead({ intake: 'x', db: 'sqlite', orm: 'none', scale: 'solo', style: 'schema-first' })).toBe(7); // migctl left: the form
  expect(screensAhead({ intake: 'x', db: 'sqlite', orm: 'none', scale: 'solo', style: 'schema-first', migctl: 'manual', runner: 'later', seed: 'skip' })).toBe(4);
});
