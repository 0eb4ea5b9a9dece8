/**
 * Keys that are not a generated integer: a uuid id, a natural char(n)/string(n) code, an integer code.
 * Rows keep their numeric ids inside the plan; each becomes the key's own value here (distinct by
 * construction), and every FK to that table takes the same value.
 */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { PlannedGroup, Val } from './types.js';
import { fail } from '../cli/errors.js';
import { pad } from './meaning.js';

/** The single key column whose values the seed writes (not an identity), if any. */
export function ownKey(t: Table): Column | undefined {
  if (t.kind !== 'entity' || t.primaryKey.columns.length !== 1) return undefined;
  const c = t.columns.find((x) => x.name === t.primaryKey.columns[0]);
  return c && !c.identity ? c : undefined;
}

/** Row id → the key's value for that row. */
export function keyValue(t: Table, c: Column, id: number): Val {
  const ty = c.type;
  if (ty.kind === 'uuid') return `00000000-0000-4000-8000-${pad(id, 12)}`;
  if (ty.kind === 'string' || ty.kind === 'char' || ty.kind === 'text') {
    const width = ty.kind === 'text' ? 8 : ty.kind === 'char' ? ty.length : Math.min(ty.length, 8);
    return (id % 36 ** width).toString(36).toUpperCase().padStart(width, '0'); // fixture ranges land apart; assertDistinctKeys checks
  }
  if (ty.kind === 'smallint' && id > 32767) fail(`seed: ${t.name}.${c.name} is smallint, too small for key ${id}; choose smoke or rich`);
  return id;
}

/** An FK value (a parent's row id, or NULL) as the parent's key value. */
export function refValue(schema: Schema, refTable: string, id: Val): Val {
  const parent = schema.tables.find((x) => x.name === refTable);
  const key = parent && ownKey(parent);
  return key && typeof id === 'number' ? keyValue(parent, key, id) : id;
}

/** Every written key of a table distinct over all groups (a short code can wrap around): else one line. */
export function assertDistinctKeys(groups: PlannedGroup[]): void {
  const seen = new Map<string, Set<string>>();
  for (const p of groups.flatMap((g) => g.tables)) {
    const key = ownKey(p.table);
    if (!key) continue;
    const at = p.columns.indexOf(key.name);
    const set = seen.get(p.table.name) ?? new Set<string>();
    seen.set(p.table.name, set);
    for (const r of p.rows) {
      const v = JSON.stringify(r[at]);
      if (set.has(v)) fail(`seed: ${p.table.name}.${key.name} is too short for a distinct key in every row of this tier; choose a smaller tier (smoke or rich) or a longer key`);
      set.add(v);
    }
  }
}
