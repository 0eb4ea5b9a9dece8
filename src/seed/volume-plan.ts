/**
 * The volume tier's plan (pure): rows per table scaled from the rich tier's proportions to a total, the
 * depth of each table (its creation window), and a pool of rows planned like the rich tier, from which
 * the generated rows take their ordinary values (names, prose, amounts, enums: meaning and CHECKs kept).
 */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { capped, groupsFor } from './tiers.js';
import { planGroup } from './plan.js';
import { UniqueBook } from './unique.js';
import { ownKey } from './keys.js';
import { fail } from '../cli/errors.js';
import { MAX_ROWS, namedCounts, scaledFrom, type TableRows } from './volume-rows.js';

/** Rows in each table's pool: generated rows pick one by a hash of their number. */
export const POOL = 64;
export const DEFAULT_ROWS = 100_000;
export { MAX_ROWS };

export interface VolumePlan {
  counts: Map<string, number>;
  depth: Map<string, number>;
  pools: Map<string, { columns: string[]; rows: Val[][] }>;
  total: number;
}

/** Most rows a written key can number distinctly (a char(2) code: 99). */
function keyRoom(t: Table): number {
  const k = ownKey(t);
  if (!k) return Infinity;
  const ty = k.type;
  if (ty.kind === 'string' || ty.kind === 'char') return 10 ** Math.min(ty.kind === 'char' ? ty.length : Math.min(ty.length, 12), 12) - 1;
  return ty.kind === 'smallint' ? 32767 : Infinity;
}

/** `rows`: a total scaled over the design, or rows per table (volume-rows.ts). */
export function planVolume(schema: Schema, rows: number | TableRows): VolumePlan {
  const rich = groupsFor(schema, 'rich')[0].counts;
  let scaled: Map<string, number>;
  if (typeof rows === 'number') {
    if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) fail(`seed: --rows ${rows} is not allowed (a whole number of rows from 1 to ${MAX_ROWS})`);
    const sum = [...rich.values()].reduce((a, b) => a + b, 0) || 1;
    scaled = new Map(schema.tables.map((t) => [t.name, Math.max(1, Math.round((rows * (rich.get(t.name) ?? 0)) / sum))]));
  } else scaled = scaledFrom(schema, rich, namedCounts(schema, rows));
  const counts = capped(schema, new Map([...scaled].map(([t, n]) => [t, Math.min(keyRoom(schema.tables.find((x) => x.name === t)!), n)])));
  const depth = new Map<string, number>();
  for (const t of schema.tables) {
    const parents = t.foreignKeys.filter((f) => f.refTable !== t.name && depth.has(f.refTable)).map((f) => depth.get(f.refTable)!);
    depth.set(t.name, Math.max(-1, ...parents) + 1);
  }
  const poolCounts = new Map(schema.tables.map((t) => [t.name, POOL]));
  const group = planGroup(schema, { base: 0, counts: capped(schema, poolCounts), fill: 'some' }, new UniqueBook());
  const pools = new Map(group.tables.map((p) => [p.table.name, { columns: p.columns, rows: p.rows }]));
  return { counts, depth, pools, total: [...counts.values()].reduce((a, b) => a + b, 0) };
}
