/**
 * A many-to-many's junction table: `<a>_<bs> (a_id, b_id, created_at)` with both FKs ON DELETE CASCADE, the pair
 * the key, and a (b_id, a_id) index; or, with the relation's `junction` (what db-import writes for a junction it
 * read), the columns of `from` then `to` as named, their ON DELETE, no created_at, and no index or one on `to`.
 */
import pluralize from 'pluralize';
import type { Entity, Relation } from '../state/model-schema.js';
import type { Table } from '../state/physical-schema.js';
import { NameBook, junctionName, snake } from './naming.js';
import { fkTarget } from './keys.js';

function defaultColumns(r: Relation, a: string, b: string): [string, string] {
  // a named self junction: the second column from the name (vouches → vouch_member_id)
  const second = r.name ? `${pluralize.singular(r.name)}_${snake(b)}_id` : `related_${snake(b)}_id`;
  return [`${snake(a)}_id`, a !== b ? `${snake(b)}_id` : second];
}

const CREATED_AT = { name: 'created_at', type: { kind: 'timestamp' as const }, nullable: false, default: { kind: 'now' as const } };

export function junction(r: Relation, physical: Map<string, string>, byEntity: Map<string, Entity>, book: NameBook): Table {
  const j = r.junction;
  const [a, b] = j?.columns ? [r.from, r.to] : [r.from, r.to].sort();
  const name = book.name('table', r.name ?? (r.column && !r.column.endsWith('_id') ? r.column : junctionName(a, b)));
  const [colA, colB] = (j?.columns ?? defaultColumns(r, a, b)).map((c) => book.name('column', c));
  const keyA = fkTarget(byEntity.get(a)!, name, colA);
  const keyB = fkTarget(byEntity.get(b)!, name, colB);
  const fk = (col: string, ent: string, refColumn: string, n: number) => ({
    name: book.name('constraint', `fk_${name}_${col}`), column: col, refTable: physical.get(ent)!, refColumn,
    onDelete: j?.onDelete?.[n] ?? ('cascade' as const),
  });
  return {
    name,
    kind: 'junction',
    columns: [
      { name: colA, type: keyA.type, nullable: false },
      { name: colB, type: keyB.type, nullable: false },
      ...(j?.createdAt === false ? [] : [CREATED_AT]),
    ],
    primaryKey: { name: book.name('constraint', `pk_${name}`), columns: [colA, colB] },
    uniques: [],
    checks: [],
    foreignKeys: [fk(colA, a, book.name('column', keyA.columns[0]), 0), fk(colB, b, book.name('column', keyB.columns[0]), 1)],
    indexes: j?.index === false ? [] : j?.index === 'to' ? [{ name: book.name('index', `ix_${name}_${colB}`), columns: [colB], unique: false }]
      : [{ name: book.name('index', `ix_${name}_${colB}_${colA}`), columns: [colB, colA], unique: false }],
  };
}
