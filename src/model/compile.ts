/** Model → physical schema for one dialect's limits: tables, keys, FKs, indexes, checks, names. */
import type { Model, Entity, Relation, Timestamps } from '../state/model-schema.js';
import type { Schema, Table } from '../state/physical-schema.js';
import type { Caps } from './caps.js';
import { NameBook, junctionName, snake, tableName } from './naming.js';
import { toposort } from './toposort.js';
import pluralize from 'pluralize';
import { entityTable } from './compile-table.js';
import { type FkSpec, fkTarget } from './keys.js';
import { fail } from '../base/errors.js';
import { assertNoSequenceClash, assertNotReserved, assertUniqueNames } from './compile-checks.js';
import { assertCheckSizes, assertWithinLimits } from './limits.js';
import { assertNoCatalogNames } from './catalog-names.js';
import { withTimezone } from './timezone.js';

export interface CompileOptions { caps: Caps; softDelete: boolean; timestamps?: Timestamps; timezone?: 'tz' | 'local' }

export function compile(model: Model, opts: CompileOptions): Schema {
  const book = new NameBook(opts.caps.maxIdent);
  const rels = model.relations.filter((r) => r.kind !== 'none');
  const physical = new Map(model.entities.map((e) => [e.name, book.name('table', e.table)]));
  const byEntity = new Map(model.entities.map((e) => [e.name, e]));
  const entityTables = model.entities.map((e) => entityTable(e, fksOf(e, rels, physical, byEntity, book), book, opts));
  const { order, deferred } = toposort(
    entityTables.map((t) => t.name),
    entityTables.flatMap((t) => t.foreignKeys.map((fk) => ({ child: t.name, parent: fk.refTable, fk: fk.name }))),
  );
  const byName = new Map(entityTables.map((t) => [t.name, t]));
  for (const d of deferred) closeCycle(byName.get(d.child)!, d.fk);
  const junctions = rels.filter((r) => r.kind === 'many-to-many').map((r) => junction(r, physical, byEntity, book));
  const tables = withTimezone([...order.map((n) => byName.get(n)!), ...junctions], opts.timezone);
  assertUniqueNames(tables);
  assertNoCatalogNames(tables);
  assertNotReserved(tables, opts.caps.reservedPrefix);
  assertNoSequenceClash(tables, opts.caps.identitySequence);
  assertWithinLimits(tables, opts.caps);
  assertCheckSizes(tables, opts.caps);
  return {
    tables,
    deferredFks: opts.caps.addForeignKey ? deferred.map((d) => ({ table: d.child, fk: d.fk })) : [],
    shortened: book.shortened,
  };
}

/** The FK that closes a cycle is NULL-allowed: with NOT NULL on every edge no first row could ever be inserted. */
function closeCycle(t: Table, fkName: string): void {
  const fk = t.foreignKeys.find((f) => f.name === fkName)!;
  if (t.primaryKey.columns.includes(fk.column)) fail(`${t.entity}.${fk.column} is a key column and closes an FK cycle, so it would need NULL; take it out of the key or break the cycle`);
  t.columns = t.columns.map((c) => (c.name === fk.column ? { ...c, nullable: true } : c));
}

function fksOf(e: Entity, rels: Relation[], physical: Map<string, string>, byEntity: Map<string, Entity>, book: NameBook): FkSpec[] {
  return rels
    .filter((r) => r.to === e.name && (r.kind === 'one-to-many' || r.kind === 'one-to-one'))
    .map((r) => {
      const key = fkTarget(byEntity.get(r.from)!, e.name, r.column!);
      return {
        column: r.column!,
        refTable: physical.get(r.from)!,
        refEntity: r.from,
        refColumn: book.name('column', key.columns[0]),
        refType: key.type,
        unique: r.kind === 'one-to-one',
        onDelete: r.onDelete ?? (r.kind === 'one-to-one' ? 'cascade' : 'restrict'),
        self: r.from === r.to,
      };
    });
}

function junction(r: Relation, physical: Map<string, string>, byEntity: Map<string, Entity>, book: NameBook): Table {
  const [a, b] = [r.from, r.to].sort();
  const name = book.name('table', r.name ?? (r.column && !r.column.endsWith('_id') ? r.column : junctionName(a, b)));
  const colA = book.name('column', `${snake(a)}_id`);
  // a named self junction: the second column from the name (vouches → vouch_member_id)
  const colB = book.name('column', a !== b ? `${snake(b)}_id` : r.name ? `${pluralize.singular(r.name)}_${snake(b)}_id` : `related_${snake(b)}_id`);
  const keyA = fkTarget(byEntity.get(a)!, name, colA);
  const keyB = fkTarget(byEntity.get(b)!, name, colB);
  const fk = (col: string, ent: string, refColumn: string) => ({
    name: book.name('constraint', `fk_${name}_${col}`), column: col, refTable: physical.get(ent)!, refColumn,
    onDelete: 'cascade' as const,
  });
  return {
    name,
    kind: 'junction',
    columns: [
      { name: colA, type: keyA.type, nullable: false },
      { name: colB, type: keyB.type, nullable: false },
      { name: 'created_at', type: { kind: 'timestamp' }, nullable: false, default: { kind: 'now' } },
    ],
    primaryKey: { name: book.name('constraint', `pk_${name}`), columns: [colA, colB] },
    uniques: [],
    checks: [],
    foreignKeys: [fk(colA, a, book.name('column', keyA.columns[0])), fk(colB, b, book.name('column', keyB.columns[0]))],
    indexes: [{ name: book.name('index', `ix_${name}_${colB}_${colA}`), columns: [colB, colA], unique: false }],
  };
}

export { tableName };
