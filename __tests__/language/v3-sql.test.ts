/** Issue 16, language v3: partial and expression indexes, key generation, plain updated_at, default(none) — SQL side by side. */
import { createSql, DIALECTS, modelOf, schemaOf, tableOf, userError } from '../support/design.js';
import { DOCS, INDEXES, KEYS_V3, SELF_M2M, TYPES_V3 } from './rows-v3.js';
import { compileFor } from '../../src/core/design.js';

describe.each([...INDEXES, ...KEYS_V3, ...TYPES_V3, ...DOCS])('%s', (_feature, entities, table, want) => {
  test.each(DIALECTS)('%s', (db) => {
    const lines = createSql(db, { entities }, table).split('\n').map((l) => l.trim().replace(/,$/, ''));
    for (const w of want[db]) expect([w, lines.some((l) => l === w || l.includes(w))]).toEqual([w, true]);
  });
});

test.each(DIALECTS)('%s: a plain typed updated_at has no trigger and no ON UPDATE; :auto has them', (db) => {
  const s = schemaOf(db, { entities: KEYS_V3[4][1] });
  const [visits, fixes] = [tableOf(s, 'visits'), tableOf(s, 'fixes')];
  const auto = (t: typeof visits) => [!!t.trigger, !!t.columns.find((c) => c.name === 'updated_at')?.onUpdateNow];
  expect([auto(visits), auto(fixes)]).toEqual([[false, false], [db !== 'mysql', true]]);
  expect(createSql(db, { entities: KEYS_V3[4][1] }, 'visits')).not.toMatch(/TRIGGER|ON UPDATE/);
});

test('the plain forms keep their model: @unique(a, b) and @index(a) are not keyed', () => {
  const [e] = modelOf({ entities: 'Person: a, b, @unique(a, b), @index(b)' }).entities;
  expect([e.uniques, e.indexes, e.keyed]).toEqual([[['a', 'b']], [['b']], undefined]);
  const [k] = modelOf({ entities: 'Loan: a, b:optional, @unique(a) where(b IS NULL), @index(lower(a))' }).entities;
  expect(k.keyed).toEqual([{ unique: true, keys: ['a'], where: 'b IS NULL' }, { unique: false, keys: ['lower(a)'] }]);
});

test.each(DIALECTS)('%s: the spec key timezone local makes every untyped point in time local; datetime(tz) stays', (db) => {
  const s = compileFor(modelOf({ entities: 'Visit: seen_at, tz_at:datetime(tz)' }), { db, scale: 'team', timezone: 'local' });
  const types = tableOf(s, 'visits').columns.map((c) => [c.name, 'local' in c.type ? c.type.local : undefined]);
  expect(types).toEqual([['id', undefined], ['seen_at', true], ['tz_at', false], ['created_at', true], ['updated_at', true]]);
});

test.each(DIALECTS)('%s: a self many-to-many named from "name": a junction with two FKs to the same table', (db) => {
  const sql = createSql(db, SELF_M2M, 'vouches');
  const q = db === 'mysql' ? '`' : '"';
  expect(sql).toContain(`CREATE TABLE IF NOT EXISTS ${q}vouches${q}`);
  for (const c of ['member_id', 'vouch_member_id']) {
    expect(sql).toContain(`FOREIGN KEY (${q}${c}${q}) REFERENCES ${q}members${q} (${q}id${q}) ON DELETE CASCADE`);
  }
  const two = { ...SELF_M2M, relations: [...SELF_M2M.relations, { ...SELF_M2M.relations[0], name: 'follows' }] };
  expect(schemaOf(db, two).tables.map((t) => t.name)).toEqual(['members', 'vouches', 'follows']);
});

test('a second unnamed self many-to-many is refused with the way out; name belongs to a many-to-many', () => {
  const r = { from: 'Member', to: 'Member', kind: 'many-to-many' as const };
  expect(userError(() => schemaOf('postgres', { entities: 'Member: a', relations: [r, r] }))).toMatch(/many-to-many twice \(give each a "name", e\.g\. "vouches"\)$/);
  expect(userError(() => schemaOf('postgres', { entities: 'Member: a\nPost: b', relations: [{ from: 'Member', to: 'Post', kind: 'one-to-many', name: 'x' }] })))
    .toMatch(/\.name names a many-to-many junction; a one-to-many relation is named by its "column"$/);
});
