/**
 * Keys that are not a generated integer: a uuid id, a natural char(n)/string(n) code, an integer code.
 * Rows keep their numeric ids inside the plan; each becomes the key's own value here (distinct by
 * construction), and every FK to that table takes the same value.
 */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { PlannedGroup, Val } from './types.js';
import { fail } from '../cli/errors.js';
import { pad } from './meaning.js';
import { dayAfter, instantAfter } from './rng.js';

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
  return typedKey(t, c, id) ?? id;
}

/** Keys of the other types, each a value of its type (a date key seeded with an integer would not load):
 *  distinct for distinct ids where the type has room, else assertDistinctKeys says so in one line. */
function typedKey(t: Table, c: Column, id: number): Val | undefined {
  const ty = c.type;
  switch (ty.kind) {
    case 'date': return { date: dayAfter('2000-01-01', id % 36500) };
    case 'datetime': case 'timestamp': return { ts: instantAfter('2000-01-01', id * 3600) };
    case 'time': return `${pad(Math.floor((id % 86400) / 3600), 2)}:${pad(Math.floor((id % 3600) / 60), 2)}:${pad(id % 60, 2)}`;
    case 'boolean': return id % 2 === 0;
    case 'enum': return ty.values[(id - 1) % ty.values.length];
    case 'decimal': {
      if (String(id).length > ty.precision - ty.scale) fail(`seed: ${t.name}.${c.name} is ` +
        `${`decimal(${ty.precision},${ty.scale})`}, too small for key ${id}; choose smoke or a wider key`);
      return { num: ty.scale ? `${id}.${'0'.repeat(ty.scale)}` : String(id) };
    }
    default: return undefined;
  }
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
      if (set.has(v)) fail(`seed: ${p.table.name}.${key.name} is too short for a distinct key in every row of this tier; ` +
        `choose a smaller tier (smoke or rich) or a longer key`);
      set.add(v);
    }
  }
}
