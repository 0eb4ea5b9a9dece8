/**
 * The keys of one live table taken into its entity (live-model.ts walks the tables): indexes (partial and
 * expression ones as `@index(…) where(…)`), uniques, FKs (a `ref(…)`, an action), CHECKs (a `check(…)`, an
 * enum's values). Matched by name, as the drift check matches them; a key that changed is dropped and added.
 */
import type { Entity } from '../state/model-schema.js';
import type { CatCheck, CatForeignKey, CatIndex, CatKey, CatTable } from '../catalog/types.js';
import { squash } from '../catalog/compare.js';
import { checkColumnOf, enumValuesOf, exprOf, onDeleteOf } from './live-fields.js';
import { entityOf, plainField, relationAt, type Walk } from './live-walk.js';
import { byName } from './live-byname.js';

const same = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
const drop = <T>(xs: T[] | undefined, hit: (x: T) => boolean) => (xs ?? []).filter((x) => !hit(x));

function addIndex(w: Walk, e: Entity, i: CatIndex): boolean {
  if (i.method || i.columns.some((c) => /\sdesc$/i.test(c))) return false;
  const field = i.columns.length === 1 ? e.fields.find((f) => f.name === i.columns[0]) : undefined;
  if (i.where || i.expression || i.unique) {
    const was = e.keyed;
    e.keyed = [...(e.keyed ?? []), { unique: i.unique, keys: i.columns.map(exprOf), ...(i.where ? { where: exprOf(i.where) } : {}) }];
    if (!w.says(`index ${e.table} ${i.name}`)) { e.keyed = was; return false; }
  }
  else if (field && !field.index) field.index = true;
  else e.indexes = [...(e.indexes ?? []), i.columns];
  return true;
}

function dropIndex(w: Walk, e: Entity, i: CatIndex): boolean {
  const d = w.design.schema!.tables.find((t) => t.name === e.table)?.indexes.find((x) => x.name === i.name);
  if (!d || d.whereAlive) return false;
  const keyed = (e.keyed ?? []).find((k) => k.unique === d.unique && squash(k.where) === squash(d.where) && same(k.keys, d.keys ?? d.columns));
  const field = d.columns.length === 1 ? e.fields.find((f) => f.name === d.columns[0] && f.index) : undefined;
  if (keyed) e.keyed = drop(e.keyed, (k) => k === keyed);
  else if (field && !d.unique) field.index = false;
  else if ((e.indexes ?? []).some((x) => same(x, d.columns))) e.indexes = drop(e.indexes, (x) => same(x, d.columns));
  else return false;
  return true;
}

function unique(w: Walk, e: Entity, u: CatKey, add: boolean): boolean {
  const field = u.columns.length === 1 ? e.fields.find((f) => f.name === u.columns[0]) : undefined;
  if (field) field.unique = add;
  else if (add) e.uniques = [...(e.uniques ?? []), u.columns];
  else if ((e.uniques ?? []).some((x) => same(x, u.columns))) e.uniques = drop(e.uniques, (x) => same(x, u.columns));
  else return false;
  return true;
}

function foreignKey(w: Walk, e: Entity, lt: CatTable, fk: CatForeignKey, add: boolean): boolean {
  const col = fk.columns[0];
  if (fk.columns.length !== 1) return false;
  const field = e.fields.find((f) => f.name === col); const rel = relationAt(w, e, col);
  if (!add) {
    if (!lt.columns.some((c) => c.name === col)) return true; // its column went: the column's drop says it
    if (!rel) return false;
    w.model.relations = drop(w.model.relations, (r) => r === rel);
    if (!field) return plainField(w, e, lt, col);
    delete field.ref;
    field.index ||= lt.indexes.some((i) => !i.unique && !i.where && i.columns.join() === col);
    if (/_id$/.test(col)) e.plain = [...new Set([...(e.plain ?? []), col])];
    return true;
  }
  const parent = entityOf(w, fk.refTable); const onDelete = onDeleteOf(fk.onDelete);
  if (!parent || !onDelete || !/^(no action|restrict)$/.test(fk.onUpdate)) return false;
  if (rel && rel.from === parent.name) { rel.onDelete = onDelete; if (field?.ref) field.ref.onDelete = onDelete; return true; }
  if (!field || rel) return false;
  field.ref = { entity: parent.name, onDelete };
  w.model.relations.push({ from: parent.name, to: e.name, kind: 'one-to-many', column: col, onDelete });
  e.plain = drop(e.plain, (p) => p === col);
  if (!e.plain.length) delete e.plain;
  return true;
}

function check(w: Walk, e: Entity, lt: CatTable, c: CatCheck, add: boolean): boolean {
  const d = w.design.schema!.tables.find((t) => t.name === e.table)?.checks.find((x) => x.name === c.name);
  if (add && d?.rule === 'enum') {
    const values = enumValuesOf(c.expr); const f = e.fields.find((x) => x.name === d.column);
    if (!values || !f) return false;
    f.type = { kind: 'enum', values };
    return true;
  }
  const col = add ? checkColumnOf(c.expr, lt.columns.map((x) => x.name)) : d?.column;
  const f = e.fields.find((x) => x.name === col);
  if (!f || (add && f.check && d?.rule !== 'expr')) return false;
  if (add) {
    const was = f.check;
    f.check = exprOf(c.expr.replace(/^\((.*)\)$/s, '$1'));
    if (!w.says(`check ${e.table} ${c.name}`)) { if (was === undefined) delete f.check; else f.check = was; return false; }
  }
  else if (d?.rule === 'expr') delete f.check;
  else if (d && d.rule !== 'enum') f.checks = f.checks.filter((r) => r !== d.rule);
  else return false;
  return true;
}
export function patchKeys(w: Walk, e: Entity, lt: CatTable, et: CatTable): void {
  const cols = (x: { columns: string[] }) => `(${x.columns.join(', ')})`;
  const r = w.writer;
  // InnoDB's index for an FK of two columns (the live table's or the design's: the residue's) comes and goes with it
  const fkOwn = (i: CatIndex) => [lt, et].some((t) => t.foreignKeys.some((f) => f.name === i.name && f.columns.length > 1));
  const fkLabel = (f: CatForeignKey) => `${cols(f)} → ${f.refTable}${f.columns.length > 1 ? ' (the design says FKs of one column)' : ''}`;
  const k = { w, lt, et };
  const ixLabel = (i: CatIndex) => `${cols(i)}${i.method ? ` USING ${i.method}` : ''}${i.where ? ` WHERE ${i.where}` : ''}`;
  byName(k, 'index', lt.indexes, et.indexes, ixLabel, (i) => !fkOwn(i) && addIndex(w, e, i),
    (i) => dropIndex(w, e, i), { add: (t, i) => (fkOwn(i) ? [] : r.addIndex(t, i)), drop: r.dropIndex, swap: r.swapIndex }, fkOwn);
  byName(k, 'unique', lt.uniques, et.uniques, cols, (u) => unique(w, e, u, true), (u) => unique(w, e, u, false), { add: r.addUnique, drop: r.dropUnique });
  byName(k, 'foreign key', lt.foreignKeys, et.foreignKeys, fkLabel,
    (f) => foreignKey(w, e, lt, f, true), (f) => lt.foreignKeys.some((x) => x.name === f.name) || foreignKey(w, e, lt, f, false),
    { add: r.addForeignKey, drop: r.dropForeignKey });
  byName(k, 'check', lt.checks, et.checks, (c) => `(${c.expr})`, (c) => check(w, e, lt, c, true), (c) => check(w, e, lt, c, false),
    { add: r.addCheck, drop: r.dropCheck });
}
