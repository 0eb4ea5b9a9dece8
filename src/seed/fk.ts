/** Foreign keys: spread over the parents (one-to-one: each parent once), trees for self references, distinct pairs. */
import type { ForeignKey, Table } from '../state/physical-schema.js';
import type { Fill, Val } from './types.js';
import { fakerFor, shuffled } from './rng.js';
import { fail } from '../cli/errors.js';
import { uniqueColumns } from './unique.js';

export interface Keys {
  ids: Map<string, number[]>;    // explicit ids of each entity table in the group
  order: Map<string, number>;    // creation order (parents first)
  fill: Fill;
}

/**
 * The parent id for row `i` of `t`. One-to-one keys: each round over the parents takes them in its own
 * seeded order, so no parent is used twice. Other keys are skewed: the first half of the parents get one
 * child each, the rest of the rows go to a few parents (u^2.5 over a seeded order), as real data does.
 * Self references form a tree (a parent among the earlier rows); a NOT NULL one gets one clear line.
 */
export function fkValue(t: Table, fk: ForeignKey, i: number, k: Keys): Val {
  const col = t.columns.find((c) => c.name === fk.column)!;
  const own = k.ids.get(t.name) ?? [];
  if (fk.refTable === t.name) {
    if (!col.nullable) fail(`seed: ${t.name}.${fk.column} is a NOT NULL key to its own table, so the first row has no parent to point at (a cycle of NOT NULL keys); make ${fk.column} optional`);
    if (i === 0 || k.fill === 'none') return null;
    if (uniqueColumns(t).has(fk.column)) return own[i - 1]; // one-to-one: a chain, each row the parent of one
    return own[fakerFor(`tree:${t.name}.${fk.column}#${own[i]}`).number.int({ min: 0, max: i - 1 })];
  }
  const parents = k.ids.get(fk.refTable);
  const forward = (k.order.get(fk.refTable) ?? 0) > (k.order.get(t.name) ?? 0);
  if (!parents?.length || forward || (col.nullable && k.fill === 'none')) {
    if (col.nullable) return null;
    if (forward) fail(`seed: ${t.name}.${fk.column} must point at ${fk.refTable}, which is created after it (a cycle of NOT NULL keys); make one key of the cycle optional`);
    throw new Error(`seed plan: ${t.name} has rows but its parent ${fk.refTable} has none in this group`);
  }
  if (uniqueColumns(t).has(fk.column)) {
    const round = Math.floor(i / parents.length);
    return shuffled(parents, `${t.name}.${fk.column}:${round}`)[i % parents.length];
  }
  return skewed(shuffled(parents, `${t.name}.${fk.column}`), i, `${t.name}.${fk.column}`);
}

/** Position `i` over `xs`: the first half of `xs` once each, then a few of them many times. */
export function skewed<T>(xs: T[], i: number, key: string): T {
  const half = Math.ceil(xs.length / 2);
  if (i < half) return xs[i];
  const u = fakerFor(`skew:${key}#${i}`).number.float({ min: 0, max: 1 });
  return xs[Math.min(xs.length - 1, Math.floor(xs.length * u ** 2.5))];
}

/**
 * `count` distinct (a, b) pairs for a junction: round r gives every `a` its r-th partner from its own
 * seeded order of the b side, so pairs spread over both sides; self junctions skip (x, x).
 */
export function junctionPairs(t: Table, ids: Map<string, number[]>, count: number): [number, number][] {
  const [fa, fb] = junctionKeys(t);
  const as = ids.get(fa.refTable) ?? [];
  const bs = ids.get(fb.refTable) ?? [];
  const partners = new Map(as.map((a) => [a, shuffled(bs.filter((b) => fa.refTable !== fb.refTable || b !== a), `${t.name}:${a}`)]));
  const out: [number, number][] = [];
  const most = Math.max(0, ...[...partners.values()].map((p) => p.length));
  for (let r = 0; r < most && out.length < count; r++) {
    for (const a of as) {
      const b = partners.get(a)![r];
      if (b !== undefined && out.length < count) out.push([a, b]);
    }
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The junction's two keys in primary-key column order. */
export function junctionKeys(t: Table): [ForeignKey, ForeignKey] {
  const [ca, cb] = t.primaryKey.columns;
  const fa = t.foreignKeys.find((f) => f.column === ca);
  const fb = t.foreignKeys.find((f) => f.column === cb);
  if (!fa || !fb) throw new Error(`seed: junction ${t.name} needs a foreign key on each primary-key column`);
  return [fa, fb];
}

/** Most distinct pairs a junction can hold between the rows of its two sides. */
export function maxPairs(t: Table, counts: Map<string, number>): number {
  const [fa, fb] = junctionKeys(t);
  const a = counts.get(fa.refTable) ?? 0;
  const b = counts.get(fb.refTable) ?? 0;
  return fa.refTable === fb.refTable ? a * (a - 1) : a * b;
}
