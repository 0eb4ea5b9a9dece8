/** One entity → its table: key, fields, FK columns, timestamps, soft delete, constraints and indexes. */
import type { Entity, Field, Timestamps } from '../state/model-schema.js';
import type { Column, Table } from '../state/physical-schema.js';
import type { NameBook } from './naming.js';
import type { CompileOptions } from './compile.js';
import { type FkSpec, assertFkType, keyOf, leads } from './keys.js';
import { collationOf } from './collate.js';
import { checkExpr, compiledDefault } from './check-compile.js';
import { checkColumns } from './check-expr.js';
import { keyedIndexes } from './compile-keyed.js';
import { fail } from '../base/errors.js';

const CHECK_SUFFIX = { email: 'format', enum: 'allowed', nonneg: 'nonneg', expr: 'check', length: 'length' } as const;
const TIME_FIELDS = ['created_at', 'updated_at', 'deleted_at'];

export type { FkSpec };

/** Fields in column order: key and user fields first, typed timestamps last (where the automatic ones go). */
function columnFields(e: Entity, fks: FkSpec[]): Field[] {
  const own = e.fields.filter((f) => !TIME_FIELDS.includes(f.name));
  for (const f of fks) {
    if (!own.some((x) => x.name === f.column)) {
      own.push({ name: f.column, type: { kind: 'key' }, nullable: f.self, unique: false, index: false, checks: [], reason: 'relation' });
    }
  }
  return [...own, ...TIME_FIELDS.flatMap((n) => e.fields.filter((f) => f.name === n))];
}

export function entityTable(e: Entity, fks: FkSpec[], book: NameBook, opts: CompileOptions): Table {
  const name = book.name('table', e.table);
  const col = (n: string) => book.name('column', n);
  const cn = (prefix: string, rest: string) => book.name(prefix === 'ix' ? 'index' : 'constraint', `${prefix}_${name}_${rest}`);
  const key = keyOf(e);
  const t: Table = {
    name, entity: e.name, kind: 'entity',
    columns: e.pk ? [] : [{ name: 'id', type: { kind: 'key' }, nullable: false, identity: true, ...(e.identityKind ? { identityKind: e.identityKind } : {}) }],
    primaryKey: { name: book.name('constraint', `pk_${name}`), columns: key.columns.map(col) },
    uniques: [], checks: [], foreignKeys: [], indexes: [], ...(e.doc ? { doc: e.doc } : {}),
  };
  const fkByCol = new Map(fks.map((f) => [f.column, f]));
  const exprs: [string, string][] = [];
  const fields = columnFields(e, fks);
  for (const f of fields) {
    const c = col(f.name);
    const fk = fkByCol.get(f.name);
    if (fk) assertFkType(e.name, f, fk, fk.refEntity);
    const column: Column = { name: c, type: fk ? fk.refType : f.type, nullable: f.nullable || !!fk?.self || fk?.onDelete === 'set-null' };
    if (f.default) column.default = compiledDefault(f.default, column.type, opts.caps, `${e.name}.${f.name}`, column.nullable);
    if (f.identity) column.identity = true;
    if (f.identity && f.identityKind) column.identityKind = f.identityKind;
    if (f.doc) column.doc = f.doc;
    if (f.collate) column.collation = collationOf(f, column.type, opts.caps, `${e.name}.${f.name}`);
    // automatic unless typed under @timestamps(none) without :auto (issue 16: no silent rewrite of a value the app sets)
    if (f.name === 'updated_at' && (f.onUpdateNow || (e.timestamps ?? opts.timestamps ?? 'both') !== 'none')) column.onUpdateNow = true;
    t.columns.push(column);
    const unique = (f.unique || !!fk?.unique) && !(key.columns.length === 1 && f.pk);
    if (unique) t.uniques.push({ name: cn('uq', c), columns: [c] });
    for (const rule of fk ? [] : f.checks) { // an FK column takes the key type: a typed field's enum check no longer applies
      t.checks.push({ name: cn('ck', `${c}_${CHECK_SUFFIX[rule]}`), column: c, rule, ...(f.type.kind === 'enum' ? { values: f.type.values } : {}) });
    }
    if (f.check) exprs.push([c, f.check]);
    if (fk) t.foreignKeys.push({ name: cn('fk', c), column: c, refTable: fk.refTable, refColumn: fk.refColumn, onDelete: fk.onDelete });
    if (!unique && (f.index || (fk && !leads(e, key.columns, f.name)))) t.indexes.push({ name: cn('ix', c), columns: [c], unique: false });
  }
  timestamps(t, e, opts.timestamps ?? 'both', opts);
  const names = t.columns.map((c) => c.name);
  for (const [c, expr] of exprs) {
    checkExpr(expr, t.columns, opts.caps, `${e.name}.${c}`);
    t.checks.push({ name: cn('ck', `${c}_${CHECK_SUFFIX.expr}`), column: c, rule: 'expr', expr });
  }
  composites(t, e, names, cn, col);
  t.indexes.push(...keyedIndexes(t, e, names, cn, col, opts.caps));
  if (opts.caps.updatedAtTrigger && t.columns.some((c) => c.name === 'updated_at' && c.onUpdateNow)) t.trigger = book.name('trigger', `trg_${name}_updated_at`);
  if (e.softDelete && opts.caps.partialIndex) { // @soft-delete: a deleted row frees its unique values
    t.indexes.push(...t.uniques.map((u) => ({ ...u, unique: true, whereAlive: true })));
    t.uniques = [];
    const served = (c: string) => t.primaryKey.columns[0] === c || t.indexes.some((i) => !i.whereAlive && !i.where && !i.keys && i.columns[0] === c);
    for (const fk of t.foreignKeys) if (!served(fk.column)) t.indexes.push({ name: cn('ix', fk.column), columns: [fk.column], unique: false }); // a partial index serves no FK
  }
  if (e.softDelete || opts.softDelete) {
    t.indexes.push(opts.caps.partialIndex
      ? { name: cn('ix', 'alive'), columns: t.primaryKey.columns, unique: false, whereAlive: true }
      : { name: cn('ix', 'deleted_at'), columns: ['deleted_at'], unique: false });
  }
  return t;
}

function timestamps(t: Table, e: Entity, fallback: Timestamps, opts: CompileOptions): void {
  const mode = e.timestamps ?? fallback;
  const has = (n: string) => t.columns.some((c) => c.name === n);
  const at = (n: string) => t.columns.findIndex((c) => TIME_FIELDS.includes(c.name) && TIME_FIELDS.indexOf(c.name) > TIME_FIELDS.indexOf(n));
  const put = (c: Column) => { const i = at(c.name); if (i < 0) t.columns.push(c); else t.columns.splice(i, 0, c); };
  if (mode !== 'none' && !has('created_at')) put({ name: 'created_at', type: { kind: 'timestamp' }, nullable: false, default: { kind: 'now' } });
  if (mode === 'both' && !has('updated_at')) {
    put({ name: 'updated_at', type: { kind: 'timestamp' }, nullable: false, default: { kind: 'now' }, onUpdateNow: true });
  }
  if ((e.softDelete || opts.softDelete) && !has('deleted_at')) put({ name: 'deleted_at', type: { kind: 'timestamp' }, nullable: true });
}

type Cn = (prefix: string, rest: string) => string;

/** @unique(a, b) and @index(a, b) over columns of this table. */
function composites(t: Table, e: Entity, names: string[], cn: Cn, col: (n: string) => string): void {
  const check = (cols: string[], what: string) => {
    const miss = cols.find((c) => !names.includes(col(c)));
    if (miss) fail(`${e.name}: @${what}(${cols.join(', ')}) names '${miss}', which is not a column of ${t.name} (columns: ${names.join(', ')})`);
    return cols.map(col);
  };
  for (const u of e.uniques ?? []) { const c = check(u, 'unique'); t.uniques.push({ name: cn('uq', c.join('_')), columns: c }); }
  for (const i of e.indexes ?? []) { const c = check(i, 'index'); t.indexes.push({ name: cn('ix', c.join('_')), columns: c, unique: false }); }
  const open = t.columns.find((c) => c.nullable && t.primaryKey.columns.includes(c.name));
  if (open) fail(`${e.name}.${open.name} is in the primary key but NULL-allowed (optional, or an FK with set-null); a key column is NOT NULL`);
  const pkMiss = t.primaryKey.columns.find((c) => !names.includes(c));
  if (pkMiss) fail(`${e.name}: @pk names '${pkMiss}', which is not a column of ${t.name} (columns: ${names.join(', ')})`);
}
