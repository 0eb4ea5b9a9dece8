/**
 * Volume tier: row numbers → keys and FK values as SQL. Row n of a table has key n (a uuid or code key:
 * n written its way); an FK names the parent's row number: one-to-one n itself, a tree an earlier row,
 * a same-named path the far row's value, otherwise the first half of the parents once each, then skewed
 * towards the first of them.
 */
import type { Dialect } from '../dialects/dialect.js';
import type { Column, ForeignKey, Schema, Table } from '../state/physical-schema.js';
import type { VolumePlan } from './volume-plan.js';
import { ownKey } from './keys.js';
import { pathsOf } from './paths.js';
import { uniqueColumns } from './unique.js';
import { hash } from './rng.js';
import { fail } from '../cli/errors.js';

export const PRIME = 1_000_003;
/** A seeded number 0 … PRIME−1 for row `n` (an SQL expression) and a salt text: deterministic, engine-side. */
export const h = (n: string, salt: string) => { const s = hash(salt) % 5000; return `(((${n}) * ${48271 + 2 * s} + ${s * 7919 + 12345}) % ${PRIME})`; };
/** SQL that is true for about `rate` of the rows. */
export const chance = (n: string, salt: string, rate: number) => `${h(n, salt)} % 1000 < ${Math.round(rate * 1000)}`;

export interface Ctx { d: Dialect; schema: Schema; plan: VolumePlan }

const tableOf = (x: Ctx, name: string) => x.schema.tables.find((t) => t.name === name)!;

/** The written key of row `n` of `t` (n itself for integer keys). */
export function keyOf(x: Ctx, t: Table, n: string): string {
  const k = ownKey(t);
  const v = x.d.volume;
  if (!k || k.identity || !['uuid', 'string', 'char', 'text'].includes(k.type.kind)) return n;
  if (k.type.kind === 'uuid') return v.typed(v.concat([`'00000000-0000-4000-8000-'`, v.pad(n, 12)]), k, t);
  const width = k.type.kind === 'char' ? k.type.length : k.type.kind === 'string' ? Math.min(k.type.length, 12) : 12;
  return v.pad(n, width);
}

/** The parent row number an FK of row `n` names (SQL; may be NULL). */
export function parentRow(x: Ctx, t: Table, fk: ForeignKey, n: string): string {
  const col = t.columns.find((c) => c.name === fk.column)!;
  const salt = `${t.name}.${fk.column}`;
  const v = x.d.volume;
  if (fk.refTable === t.name) {
    if (!col.nullable) fail(`seed: ${t.name}.${fk.column} is a NOT NULL key to its own table, so the first row has no parent to point at (a cycle of NOT NULL keys); make ${fk.column} optional`);
    return `CASE WHEN (${n}) > 1 AND ${chance(n, `${salt}:set`, 0.75)} THEN 1 + ${h(n, salt)} % ((${n}) - 1) END`;
  }
  const order = (name: string) => x.schema.tables.findIndex((z) => z.name === name);
  if (order(fk.refTable) > order(t.name)) {
    if (!col.nullable) fail(`seed: ${t.name}.${fk.column} must point at ${fk.refTable}, which is created after it (a cycle of NOT NULL keys); make one key of the cycle optional`);
    return 'NULL';
  }
  const path = pathsOf(x.schema, t).find((p) => p.kind === 'triangle' && p.fk === fk);
  if (path && path.kind === 'triangle') {
    const far = tableOf(x, path.via.refTable).columns.find((c) => c.name === path.far.column)!;
    if (col.nullable || !far.nullable) return parentRow(x, tableOf(x, path.via.refTable), path.far, parentRow(x, t, path.via, n));
  }
  const m = x.plan.counts.get(fk.refTable) ?? 0;
  if (m === 0) return col.nullable ? 'NULL' : fail(`seed: ${t.name} has rows but its parent ${fk.refTable} has none`);
  const u = v.ratio(h(n, salt), PRIME);
  const pick = uniqueColumns(t).has(fk.column) ? `(${n})`
    : `CASE WHEN (${n}) <= ${Math.ceil(m / 2)} THEN (${n}) ELSE 1 + ${v.floor(`${Math.ceil(m / 2)} * ${u} * ${u} * ${u}`)} END`;
  return col.nullable ? `CASE WHEN ${chance(n, `${salt}:set`, 0.75)} THEN ${pick} END` : pick;
}

/** The two row numbers of pair `n` of a junction: distinct pairs, (x, x) never in a self junction. */
export function pairRows(x: Ctx, a: string, b: string, n: string): [string, string] {
  const ca = x.plan.counts.get(a) ?? 1;
  const cb = x.plan.counts.get(b) ?? 1;
  const v = x.d.volume;
  const ra = `(1 + ((${n}) - 1) % ${ca})`;
  const k = v.idiv(`(${n}) - 1`, String(ca));
  if (a !== b) return [ra, `(1 + (${k} + ${ra} * 7) % ${cb})`];
  return [ra, `(1 + (${ra} + (${k} + ${ra} * 7) % ${Math.max(1, ca - 1)}) % ${ca})`];
}

/** The value an FK column of row `n` holds: the parent's written key. */
export function fkOf(x: Ctx, t: Table, c: Column, n: string): string | undefined {
  const fk = t.foreignKeys.find((f) => f.column === c.name);
  return fk && keyOf(x, tableOf(x, fk.refTable), parentRow(x, t, fk, n));
}

/**
 * A diamond's other side for row `n` (invoice_lines.product_id: a product of the invoice's organization).
 * Every skewed FK lands in the first half of its parents, and row k of that half points at parent k, so
 * "the far row's own number" is a row of the other side with the same far key: no search, no join.
 * Undefined (the value stays as drawn) when the other side's key is not a plain skewed NOT NULL one.
 */
export function diamondPick(x: Ctx, t: Table, n: string): { column: string; sql: string } | undefined {
  const p = pathsOf(x.schema, t).find((z) => z.kind === 'diamond');
  if (!p || p.kind !== 'diamond') return undefined;
  const b = tableOf(x, p.other.refTable);
  const theirs = b.columns.find((c) => c.name === p.theirs.column)!;
  const derived = pathsOf(x.schema, b).some((z) => z.fk === p.theirs);
  if (theirs.nullable || uniqueColumns(b).has(theirs.name) || derived || p.theirs.refTable === b.name) return undefined;
  const far = parentRow(x, tableOf(x, p.fk.refTable), p.mine, parentRow(x, t, p.fk, n));
  const half = Math.ceil((x.plan.counts.get(p.theirs.refTable) ?? 1) / 2);
  const room = Math.min(half, x.plan.counts.get(b.name) ?? 0);
  return { column: p.other.column, sql: `CASE WHEN ${far} <= ${room} THEN ${keyOf(x, b, far)} ELSE ${keyOf(x, b, parentRow(x, t, p.other, n))} END` };
}
