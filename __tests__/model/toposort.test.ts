/** Creation order: parents first; self references are no cycle; FK cycles are broken by deferring FKs. */
import { toposort, type Edge } from '../../src/model/toposort.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { planDown } from '../../src/model/statements.js';
import { DIALECTS, schemaOf, upPlan } from '../support/design.js';

const e = (child: string, parent: string): Edge => ({ child, parent, fk: `fk_${child}_${parent}` });

describe('toposort', () => {
  test('parents before children; independent nodes keep their given order', () => {
    expect(toposort(['c', 'b', 'a', 'x'], [e('c', 'b'), e('b', 'a')])).toEqual({ order: ['a', 'b', 'c', 'x'], deferred: [] });
    expect(toposort(['x', 'y', 'z'], [])).toEqual({ order: ['x', 'y', 'z'], deferred: [] });
  });

  test('a self reference is not a cycle', () => {
    expect(toposort(['a'], [e('a', 'a')])).toEqual({ order: ['a'], deferred: [] });
  });

  test('a two-table cycle defers exactly one FK, deterministically', () => {
    const r = toposort(['a', 'b'], [e('a', 'b'), e('b', 'a')]);
    expect(r).toEqual({ order: ['a', 'b'], deferred: [e('a', 'b')] });
    expect(toposort(['a', 'b'], [e('a', 'b'), e('b', 'a')])).toEqual(r);
  });

  test('a three-table cycle with a tail: one FK deferred, the rest ordered', () => {
    const r = toposort(['a', 'b', 'c', 't'], [e('t', 'c'), e('a', 'c'), e('b', 'a'), e('c', 'b')]);
    expect(r.deferred).toEqual([e('a', 'c')]);
    expect(r.order).toEqual(['a', 'b', 'c', 't']);
  });

  test('every non-deferred edge points backwards in the order', () => {
    const edges = [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('d', 'a'), e('d', 'c'), e('c', 'd')];
    const r = toposort(['a', 'b', 'c', 'd'], edges);
    const at = (n: string) => r.order.indexOf(n);
    for (const x of edges.filter((y) => !r.deferred.includes(y))) expect(at(x.parent)).toBeLessThan(at(x.child));
  });
});

describe('an FK cycle in a design (A.b_id → B, B.a_id → A)', () => {
  const cycle = { entities: 'A: name, b_id\nB: name, a_id' };

  test.each(DIALECTS)('%s: tables in order, one deferred FK where the engine can ALTER, none on SQLite', (db) => {
    const s = schemaOf(db, cycle);
    expect(s.tables.map((t) => t.name)).toEqual(['as', 'bs']);
    const caps = dialectOf(db).caps;
    expect(s.deferredFks).toEqual(caps.addForeignKey ? [{ table: 'as', fk: 'fk_as_b_id' }] : []);
    const plan = upPlan(db, cycle);
    const kinds = plan.map((x) => x.kind);
    expect(kinds.filter((k) => k === 'addForeignKey')).toHaveLength(caps.addForeignKey ? 1 : 0);
    if (caps.addForeignKey) {
      expect(kinds[kinds.length - 1]).toBe('addForeignKey');
      const first = plan.find((x) => x.kind === 'createTable')!;
      expect(first.kind === 'createTable' && first.deferred).toEqual(['fk_as_b_id']);
    }
  });

  test.each(DIALECTS)('%s: the down drops the deferred FK first, then children before parents', (db) => {
    const down = planDown(upPlan(db, cycle), 'init_schema', []);
    const names = down.map((x) => (x.kind === 'dropTable' ? `drop ${x.table.name}` : x.kind));
    const fkFirst = dialectOf(db).caps.addForeignKey ? ['dropForeignKey'] : [];
    const fn = dialectOf(db).caps.triggerFunction ? ['dropTriggerFunction'] : [];
    expect(names).toEqual([...fkFirst, 'drop bs', 'drop as', ...fn]);
  });
});

test('a table name given twice is placed once, and the sort ends (it looped for ever: db-verify --adopt hung)', () => {
  const edges = [{ child: 'comments', parent: 'posts', fk: 'fk_c' }, { child: 'posts', parent: 'comments', fk: 'fk_p' }];
  const r = toposort(['posts', 'comments', 'posts', 'users'], edges);
  expect(r.order).toEqual(['users', 'posts', 'comments']); // users has no parent: ready first
  expect(r.deferred.map((e) => e.fk)).toEqual(['fk_p']);
});
