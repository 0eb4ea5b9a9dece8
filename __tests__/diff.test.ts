/** The diff as a plan (dialect-free): previous snapshot → next compiled schema → statements and the next snapshot. */
import { planDiff } from '../src/diff/plan.js';
import { planDown, type Statement } from '../src/model/statements.js';
import { compileFor } from '../src/core/design.js';
import { dialectOf } from '../src/dialects/registry.js';
import { addEntities } from '../src/model/additions.js';
import type { Schema } from '../src/state/physical-schema.js';
import { CASES, init, step } from './entity-cases.js';
import { userError } from './support/design.js';

const kinds = (st: Statement[]) => st.map((s) => `${s.kind} ${'table' in s ? (typeof s.table === 'string' ? s.table : s.table.name) : ''}`.trim());
const design = init('postgres').design;
const schema = design.schema!;

describe('planDiff', () => {
  test('only new tables: one createTable each, parents first; no trigger function again', () => {
    const s = step(design, CASES.tables);
    const up = planDiff(schema, compileFor(s.evolved.design.model!, { db: 'postgres', scale: 'team' }), dialectOf('postgres').caps).up;
    expect(kinds(up)).toEqual(['createTable publishers', 'createTable imprints']);
  });

  test('an FK into an existing table: the new table, then ADD COLUMN (NULL allowed) with its FK and index', () => {
    const merged = addEntities(design.model!, schema, 'Branch: name', [{ from: 'Branch', to: 'Book', kind: 'one-to-many' }]);
    const { up, schema: next } = planDiff(schema, compileFor(merged.model, { db: 'postgres', scale: 'team' }), dialectOf('postgres').caps);
    expect(kinds(up)).toEqual(['createTable branches', 'addColumn books']);
    const add = up[1] as Extract<Statement, { kind: 'addColumn' }>;
    expect(add.column).toEqual({ name: 'branch_id', type: { kind: 'key' }, nullable: true });
    expect(add.fk).toMatchObject({ name: 'fk_books_branch_id', refTable: 'branches', onDelete: 'restrict' });
    expect(add.index).toMatchObject({ name: 'ix_books_branch_id', columns: ['branch_id'] });
    const books = next.tables.find((t) => t.name === 'books')!;
    expect(add.table).toEqual(books);
    // ADD COLUMN appends: the snapshot (and so schema.sql) keeps the old order and puts branch_id last
    const before = schema.tables.find((t) => t.name === 'books')!.columns.map((c) => c.name);
    expect(books.columns.map((c) => c.name)).toEqual([...before, 'branch_id']);
    expect(kinds(planDown(up, 'add_branch', []))).toEqual(['dropColumn books', 'dropTable branches']);
  });

  test('two columns into one table: each statement carries the table as it is right after its column', () => {
    const merged = addEntities(design.model!, schema, 'Branch: name\nSeries: title', [
      { from: 'Branch', to: 'Book', kind: 'one-to-many' }, { from: 'Series', to: 'Book', kind: 'one-to-one' },
    ]);
    const { up } = planDiff(schema, compileFor(merged.model, { db: 'postgres', scale: 'team' }), dialectOf('postgres').caps);
    const adds = up.filter((s): s is Extract<Statement, { kind: 'addColumn' }> => s.kind === 'addColumn');
    expect(adds.map((a) => a.column.name)).toEqual(['branch_id', 'series_id']);
    expect(adds[0].table.columns.map((c) => c.name)).not.toContain('series_id');
    expect(adds[1].table.columns.map((c) => c.name).slice(-2)).toEqual(['branch_id', 'series_id']);
    expect(adds[1].unique).toEqual({ name: 'uq_books_series_id', columns: ['series_id'] });
    expect(adds[1].index).toBeUndefined();
  });

  test('a second change keeps the order the first one left', () => {
    const first = step(design, CASES.fkIntoExisting).evolved.design;
    const second = step(first, { kind: 'entity', entities: 'Series: title', relations: [{ from: 'Series', to: 'Book', kind: 'one-to-many' }] });
    const books = second.evolved.design.schema!.tables.find((t) => t.name === 'books')!;
    expect(books.columns.map((c) => c.name).slice(-3)).toEqual(['updated_at', 'branch_id', 'series_id']);
    expect(second.up).not.toContain('"branch_id"');
  });

  test('new tables in an FK cycle: deferred where the engine adds FKs later, inline on SQLite', () => {
    const rel = [{ from: 'Shelf', to: 'Room', kind: 'one-to-many' as const }, { from: 'Room', to: 'Shelf', kind: 'one-to-one' as const, column: 'main_room_id' }];
    for (const db of ['postgres', 'sqlite'] as const) {
      const d = init(db).design;
      const merged = addEntities(d.model!, d.schema!, 'Room: name\nShelf: label', rel);
      const { up } = planDiff(d.schema!, compileFor(merged.model, { db, scale: 'team' }), dialectOf(db).caps);
      const deferred = up.flatMap((s) => (s.kind === 'createTable' ? s.deferred : []));
      expect(deferred.length).toBe(db === 'postgres' ? 1 : 0);
      expect(up.filter((s) => s.kind === 'addForeignKey').length).toBe(db === 'postgres' ? 1 : 0);
    }
  });

  test('drops, changes and new parts on old columns are planned, each with its facts; a primary key change is refused', () => {
    const next = (edit: (s: Schema) => void) => { const s = structuredClone(schema); edit(s); return s; };
    const caps = dialectOf('postgres').caps;
    const kinds = (edit: (s: Schema) => void) => planDiff(schema, next(edit), caps);
    const dropped = kinds((s) => { s.tables.pop(); });
    expect(dropped.up.map((x) => x.kind)).toEqual(['dropTable']);
    expect(dropped.facts.destructive).toEqual([expect.stringMatching(/^table book_tags \(a junction/)]);
    const relaxed = kinds((s) => { s.tables[0].columns[1].nullable = true; });
    expect(relaxed.up.map((x) => x.kind)).toEqual(['alterColumn']);
    expect(relaxed.facts).toEqual({ destructive: [], lossy: [], unfilled: [] });
    expect(kinds((s) => { s.tables[0].columns.splice(1, 1); }).facts.destructive).toEqual([expect.stringMatching(/^column authors\.name/)]);
    expect(kinds((s) => { s.tables[0].indexes.push({ name: 'ix_x', columns: ['name'], unique: false }); }).up.map((x) => x.kind)).toEqual(['addIndex']);
    expect(userError(() => planDiff(schema, next((s) => { s.tables[0].primaryKey.columns = ['name']; }), caps))).toMatch(/^diff: authors: the primary key would change/);
  });
});
