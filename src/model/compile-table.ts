/** One entity → its table: id, fields, FK columns, timestamps, soft delete, constraints and indexes. */
import type { Entity, Field } from '../state/model-schema.js';
import type { Column, Table } from '../state/physical-schema.js';
import type { NameBook } from './naming.js';
import type { CompileOptions } from './compile.js';

const CHECK_SUFFIX = { email: 'format', enum: 'allowed', nonneg: 'nonneg' } as const;

export interface FkSpec { column: string; refTable: string; unique: boolean; onDelete: 'cascade' | 'restrict'; self: boolean }

export function entityTable(e: Entity, fks: FkSpec[], book: NameBook, opts: CompileOptions): Table {
  const name = book.name('table', e.table);
  const col = (n: string) => book.name('column', n);
  const cn = (prefix: string, rest: string) => book.name(prefix === 'ix' ? 'index' : 'constraint', `${prefix}_${name}_${rest}`);
  const t: Table = {
    name, entity: e.name, kind: 'entity',
    columns: [{ name: 'id', type: { kind: 'key' }, nullable: false, identity: true }],
    primaryKey: { name: book.name('constraint', `pk_${name}`), columns: ['id'] },
    uniques: [], checks: [], foreignKeys: [], indexes: [],
  };
  const fkByCol = new Map(fks.map((f) => [f.column, f]));
  const fields: Field[] = [...e.fields];
  for (const f of fks) {
    if (!fields.some((x) => x.name === f.column)) {
      fields.push({ name: f.column, type: { kind: 'key' }, nullable: f.self, unique: false, index: false, checks: [], reason: 'relation' });
    }
  }
  for (const f of fields) {
    const c = col(f.name);
    const fk = fkByCol.get(f.name);
    const column: Column = { name: c, type: fk ? { kind: 'key' } : f.type, nullable: f.nullable || !!fk?.self };
    if (f.default && !fk) column.default = f.default;
    t.columns.push(column);
    const unique = f.unique || !!fk?.unique;
    if (unique) t.uniques.push({ name: cn('uq', c), columns: [c] });
    for (const rule of fk ? [] : f.checks) { // an FK column takes the key type: a typed field's enum check no longer applies
      t.checks.push({ name: cn('ck', `${c}_${CHECK_SUFFIX[rule]}`), column: c, rule, ...(f.type.kind === 'enum' ? { values: f.type.values } : {}) });
    }
    if (fk) {
      t.foreignKeys.push({ name: cn('fk', c), column: c, refTable: fk.refTable, refColumn: 'id', onDelete: fk.onDelete });
    }
    if (!unique && (f.index || fk)) t.indexes.push({ name: cn('ix', c), columns: [c], unique: false });
  }
  t.columns.push({ name: 'created_at', type: { kind: 'timestamp' }, nullable: false, default: { kind: 'now' } });
  t.columns.push({ name: 'updated_at', type: { kind: 'timestamp' }, nullable: false, default: { kind: 'now' }, onUpdateNow: true });
  if (opts.caps.updatedAtTrigger) t.trigger = book.name('trigger', `trg_${name}_updated_at`);
  if (opts.softDelete) {
    t.columns.push({ name: 'deleted_at', type: { kind: 'timestamp' }, nullable: true });
    t.indexes.push(opts.caps.partialIndex
      ? { name: cn('ix', 'alive'), columns: ['id'], unique: false, whereAlive: true }
      : { name: cn('ix', 'deleted_at'), columns: ['deleted_at'], unique: false });
  }
  return t;
}
