/** The three tiers as groups of rows: smoke (one per table), rich (5–20 per entity), fixtures (labelled groups). */
import pluralize from 'pluralize';
import type { Schema, Table } from '../state/physical-schema.js';
import type { SeedTier } from '../state/answers-schema.js';
import type { GroupSpec } from './types.js';
import { maxPairs } from './fk.js';
import { uniqueColumns } from './unique.js';

/** The tiers planned row by row here; `volume` generates its rows inside the engine (volume.ts). */
export type Tier = Exclude<SeedTier, 'skip' | 'volume'>;

/** Fixture groups take ids 1001…, 2001…: each group its own thousand, so groups load together. */
export const FIXTURE_STRIDE = 1000;

export function groupsFor(schema: Schema, tier: Tier): GroupSpec[] {
  const all = (n: (t: Table) => number) => new Map(schema.tables.map((t) => [t.name, n(t)]));
  if (tier === 'smoke') return [{ base: 0, counts: capped(schema, all(() => 1)), fill: 'all' }];
  if (tier === 'rich') return [{ base: 0, counts: capped(schema, richCounts(schema), true), fill: 'some' }];
  return fixtureGroups(schema);
}

const parentsOf = (t: Table, nullableToo: boolean) => t.foreignKeys
  .filter((fk) => fk.refTable !== t.name && (nullableToo || t.kind === 'junction' || !t.columns.find((c) => c.name === fk.column)?.nullable))
  .map((fk) => fk.refTable);

/** Rows per table in rich: deeper tables get more rows (8, 12, 16, 20); junctions about two pairs per row. */
function richCounts(schema: Schema): Map<string, number> {
  const depth = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const t of schema.tables) {
    const d = Math.max(-1, ...parentsOf(t, true).map((p) => depth.get(p) ?? 0)) + 1;
    depth.set(t.name, d);
    const [first] = t.kind === 'junction' ? parentsOf(t, true) : [];
    counts.set(t.name, t.kind === 'junction' ? 2 * (counts.get(first) ?? 1) : [8, 12, 16, 20][Math.min(d, 3)]);
  }
  return counts;
}

/** Keep counts satisfiable: one-to-one children ≤ parents (rich leaves one parent without), unique enums/booleans ≤ values, pairs ≤ possible. */
export function capped(schema: Schema, counts: Map<string, number>, spare = false): Map<string, number> {
  const out = new Map(counts);
  for (const t of schema.tables) {
    let n = out.get(t.name) ?? 0;
    if (n === 0) continue;
    if (t.kind === 'junction') n = Math.min(n, maxPairs(t, out));
    const unique = uniqueColumns(t);
    for (const fk of t.foreignKeys.filter((f) => unique.has(f.column) && f.refTable !== t.name)) {
      const p = out.get(fk.refTable) ?? 0;
      n = Math.min(n, spare && p > 5 ? p - 1 : p);
    }
    const key = t.primaryKey.columns.length === 1 ? t.primaryKey.columns[0] : ''; // a boolean or enum key holds as many rows as values
    for (const c of t.columns.filter((x) => unique.has(x.name) || x.name === key)) {
      if (c.type.kind === 'enum') n = Math.min(n, c.type.values.length);
      if (c.type.kind === 'boolean') n = Math.min(n, 2);
    }
    out.set(t.name, n);
  }
  return out;
}

/** A NOT NULL one-to-one key takes each parent once: its parent needs as many rows as it has (children first). */
function oneToOneParents(schema: Schema, counts: Map<string, number>): Map<string, number> {
  for (const x of [...schema.tables].reverse()) {
    const unique = uniqueColumns(x);
    for (const fk of x.foreignKeys.filter((f) => f.refTable !== x.name && unique.has(f.column)
      && !x.columns.find((c) => c.name === f.column)?.nullable)) {
      counts.set(fk.refTable, Math.max(counts.get(fk.refTable) ?? 0, counts.get(x.name) ?? 0));
    }
  }
  return counts;
}

/** `t` and every table it needs a row in (NOT NULL keys, both sides of a junction), transitively. */
function closure(schema: Schema, t: Table): Set<string> {
  const need = new Set<string>([t.name]);
  const byName = new Map(schema.tables.map((x) => [x.name, x]));
  const walk = (x: Table) => parentsOf(x, false).forEach((p) => { if (!need.has(p)) { need.add(p); walk(byName.get(p)!); } });
  walk(t);
  return need;
}

function fixtureGroups(schema: Schema): GroupSpec[] {
  const groups: Omit<GroupSpec, 'base'>[] = schema.tables.map((t) => {
    const need = closure(schema, t);
    const [a, b] = t.kind === 'junction' ? t.foreignKeys.map((f) => f.refTable) : [];
    const rows = (x: Table) => (!need.has(x.name) ? 0 : a === b && x.name === a ? 2 : 1); // a pair of one table needs two rows
    return {
      name: `one_${pluralize.singular(t.name)}`,
      note: `one ${t.entity ?? `${t.name} pair`} with only the rows it needs; optional columns NULL`,
      counts: oneToOneParents(schema, new Map(schema.tables.map((x) => [x.name, rows(x)]))), fill: 'none',
    };
  });
  const roots = schema.tables.filter((t) => t.kind === 'entity' && parentsOf(t, true).length === 0);
  groups.push({
    name: 'empty_relations', note: 'one row of each table that needs no parent, nothing pointing at it; optional columns NULL',
    counts: new Map(schema.tables.map((t) => [t.name, roots.includes(t) ? 1 : 0])), fill: 'none',
  });
  groups.push({
    name: 'full_graph', note: 'three rows of every table, every relation and optional column filled',
    counts: capped(schema, new Map(schema.tables.map((t) => [t.name, t.kind === 'junction' ? 6 : 3]))), fill: 'all',
  });
  return groups.map((g, i) => ({ ...g, base: (i + 1) * FIXTURE_STRIDE }));
}
