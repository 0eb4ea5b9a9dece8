/** Model → physical schema for one dialect's limits: tables, keys, FKs, indexes, checks, names. */
import type { Model, Entity, Relation, Timestamps } from '../state/model-schema.js';
import type { Schema, Table } from '../state/physical-schema.js';
import type { Caps } from './caps.js';
import { NameBook, tableName } from './naming.js';
import { junction } from './junction.js';
import { toposort } from './toposort.js';
import { entityTable } from './compile-table.js';
import { type FkSpec, fkTarget } from './keys.js';
import { fail } from '../base/errors.js';
import { assertNoSequenceClash, assertNotReserved, assertUniqueNames } from './compile-checks.js';
import { assertCheckSizes, assertWithinLimits } from './limits.js';
import { assertNoCatalogNames } from './catalog-names.js';
import { withTimezone } from './timezone.js';
import { mapColumns } from './column-map.js';
import { fkCollations } from './collate.js';

export interface CompileOptions { caps: Caps; softDelete: boolean; timestamps?: Timestamps; timezone?: 'tz' | 'local' }

export function compile(model: Model, opts: CompileOptions): Schema {
  const book = new NameBook(opts.caps.maxIdent);
  const rels = model.relations.filter((r) => r.kind !== 'none');
  const physical = new Map(model.entities.map((e) => [e.name, book.name('table', e.table)]));
  const byEntity = new Map(model.entities.map((e) => [e.name, e]));
  const into = new Map<string, Relation[]>(); // each entity's relations, in order: no pass over all of them per entity
  for (const r of rels) { const l = into.get(r.to); if (l) l.push(r); else into.set(r.to, [r]); }
  const entityTables = model.entities.map((e) => entityTable(e, fksOf(e, into.get(e.name) ?? [], physical, byEntity, book), book, opts));
  const { order, deferred } = toposort(
    entityTables.map((t) => t.name),
    entityTables.flatMap((t) => t.foreignKeys.map((fk) => ({ child: t.name, parent: fk.refTable, fk: fk.name }))),
  );
  const byName = new Map(entityTables.map((t) => [t.name, t]));
  for (const d of deferred) closeCycle(byName.get(d.child)!, d.fk);
  const junctions = rels.filter((r) => r.kind === 'many-to-many').map((r) => junction(r, physical, byEntity, book));
  const mapped = mapColumns(withTimezone([...order.map((n) => byName.get(n)!), ...junctions], opts.timezone), model.entities, physical);
  const tables = fkCollations(mapped);
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
    .filter((r) => r.kind === 'one-to-many' || r.kind === 'one-to-one')
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

export { tableName };
