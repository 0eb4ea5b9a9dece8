/** Each entity's primary key (surrogate `id` or its own key columns) and what an FK to it looks like. */
import type { ColType, Entity, OnDelete } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { typeText } from './types.js';

export interface Key { columns: string[]; type: ColType }

export function keyOf(e: Entity): Key {
  if (!e.pk) return { columns: ['id'], type: { kind: 'key' } };
  const types = e.pk.map((c) => e.fields.find((f) => f.name === c)?.type);
  const missing = e.pk.find((_, i) => !types[i]);
  if (missing) fail(`${e.name}: @pk names '${missing}', which is not a field of ${e.name} (fields: ${e.fields.map((f) => f.name).join(', ')})`);
  return { columns: e.pk, type: types[0]! };
}

export interface FkSpec {
  column: string; refTable: string; refEntity: string; refColumn: string; refType: ColType;
  unique: boolean; onDelete: OnDelete; self: boolean;
}

/** The single key column an FK can point at; a composite key cannot be the target of one column. */
export function fkTarget(parent: Entity, child: string, column: string): Key {
  const k = keyOf(parent);
  if (k.columns.length > 1) {
    fail(`${child}.${column}: ${parent.name} has a composite key (${k.columns.join(', ')}); one column cannot point at it — give ${parent.name} a single key (id) and keep @unique(${k.columns.join(', ')})`);
  }
  return k;
}

/** A typed FK field must have the key's type (it follows the key); a different one is refused, not retyped. */
export function assertFkType(entity: string, field: { name: string; type: ColType; reason: string }, fk: FkSpec, parent: string): void {
  if (field.reason !== 'typed') return;
  const t = field.type;
  const ok = fk.refType.kind === 'key' ? t.kind === 'bigint' || t.kind === 'key' : typeText(t) === typeText(fk.refType);
  if (!ok) {
    const key = fk.refType.kind === 'key' ? 'bigint' : typeText(fk.refType);
    fail(`${entity}.${field.name}:${typeText(t)} is a FK to ${parent}, whose key is ${key}; drop the type (it follows the key), or relate nothing with {"from": "${parent}", "to": "${entity}", "kind": "none"}`);
  }
}

/** An FK column needs no index of its own when the key or a composite index/unique starts with it. */
export function leads(e: Entity, key: string[], column: string): boolean {
  return key[0] === column || [...(e.uniques ?? []), ...(e.indexes ?? [])].some((cols) => cols[0] === column) ||
    (e.keyed ?? []).some((k) => k.keys[0] === column && (!k.where || notNull(k.where, column))); // col = x implies col IS NOT NULL
}

const notNull = (where: string, column: string) => new RegExp(`^\\s*\\(?\\s*${column}\\s+is\\s+not\\s+null\\s*\\)?\\s*$`, 'i').test(where);
