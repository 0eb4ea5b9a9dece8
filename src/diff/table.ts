/**
 * One table that exists before and after, in phases (plan.ts orders them over all tables): parts that go
 * (FKs first), columns that go (with the parts that are theirs alone), columns that change, columns that
 * come (with theirs), parts that come (FKs last). Each step keeps the table's state: old columns keep their places.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { ColumnChange } from '../model/statements.js';
import type { Default } from '../state/model-schema.js';
import { fail } from '../cli/errors.js';
import { same } from './same.js';
import { narrowing } from './facts.js';
import { PART_KINDS, ownerOf, partStatement, withPart, withoutPart, type Part, type PartKind, type Work } from './work.js';

export type Fills = Record<string, Default>;

const colNames = (t: Table) => new Set(t.columns.map((c) => c.name));

/** The parts of `t` that belong to `col` alone and travel with its ADD/DROP COLUMN: first FK, index, unique; every check. */
function owned(t: Table, col: string): Omit<ColumnChange, 'table' | 'column'> {
  const fk = t.foreignKeys.find((f) => f.column === col);
  const index = t.indexes.find((i) => ownerOf('indexes', i) === col);
  const unique = t.uniques.find((u) => ownerOf('uniques', u) === col);
  const checks = t.checks.filter((c) => c.column === col);
  return { ...(fk ? { fk } : {}), ...(index ? { index } : {}), ...(unique ? { unique } : {}), ...(checks.length ? { checks } : {}) };
}

const ownedNames = (t: Table, cols: Column[]) => new Set(cols.flatMap((c) => {
  const o = owned(t, c.name);
  return [o.fk, o.index, o.unique, ...(o.checks ?? [])].filter((x) => !!x).map((x) => x!.name);
}));

export function checkShape(prev: Table, next: Table): void {
  const t = next.name;
  if (prev.kind !== next.kind) fail(`diff: ${t}: the name is taken already by ${prev.entity ? `entity ${prev.entity}` : 'a junction table'}`);
  const pk = (x: Table) => [...x.primaryKey.columns].sort().join(',');
  if (pk(prev) !== pk(next)) fail(`diff: ${t}: the primary key would change (${prev.primaryKey.columns.join(', ')} → ${next.primaryKey.columns.join(', ')}); make a new entity and copy the rows instead`);
  if (prev.trigger !== next.trigger) fail(`diff: ${t}: the updated_at trigger would change`);
}

/** Parts of the current table that the next one lacks or has otherwise; `only` picks FKs or the rest. */
export function dropParts(w: Work, next: Table, fks: boolean): void {
  const cur = w.get(next.name)!;
  const goneCols = cur.columns.filter((c) => !colNames(next).has(c.name));
  const riding = ownedNames(cur, goneCols);
  for (const kind of PART_KINDS.filter((k) => (k === 'foreignKeys') === fks)) {
    for (const p of (cur[kind] as Part[])) {
      const n = (next[kind] as Part[]).find((x) => x.name === p.name);
      if ((n && same(n, p)) || riding.has(p.name)) continue;
      w.step(next.name, (t) => withoutPart(t, kind, p.name), (st) => partStatement(false, kind, next.name, p, st));
    }
  }
}

export function dropColumns(w: Work, next: Table): void {
  for (const col of w.get(next.name)!.columns.filter((c) => !colNames(next).has(c.name))) {
    const cur = w.get(next.name)!;
    const o = owned(cur, col.name);
    w.facts.destructive.push(`column ${next.name}.${col.name} (its values do not come back with the down)`);
    const without = (t: Table): Table => {
      let x: Table = { ...t, columns: t.columns.filter((c) => c.name !== col.name) };
      for (const p of [o.fk, o.index, o.unique, ...(o.checks ?? [])]) if (p) x = stripPart(x, p);
      return x;
    };
    w.step(next.name, without, (st) => ({ kind: 'dropColumn', table: st.before, column: col, ...o }));
  }
}

const stripPart = (t: Table, p: Part): Table => withoutPart(t, PART_KINDS.find((k) => (t[k] as Part[]).some((x) => x === p))!, p.name);

const replaceCol = (t: Table, c: Column): Table => ({ ...t, columns: t.columns.map((x) => (x.name === c.name ? c : x)) });

function fillFor(w: Work, table: string, col: Column, fills: Fills): Default | undefined {
  const f = fills[`${table}.${col.name}`] ?? col.default;
  if (!f) w.facts.unfilled.push(`${table}.${col.name}`);
  return f;
}

export function alterColumns(w: Work, next: Table, fills: Fills): void {
  for (const to of next.columns) {
    const from = w.get(next.name)!.columns.find((c) => c.name === to.name);
    if (!from || same(from, to)) continue;
    if (from.identity || to.identity) fail(`diff: ${next.name}.${to.name}: the generated key cannot change`);
    const lossy = narrowing(from.type, to.type);
    if (lossy) w.facts.lossy.push(`${next.name}.${to.name}: ${lossy}`);
    const backfill = from.nullable && !to.nullable ? fillFor(w, next.name, to, fills) : undefined;
    w.step(next.name, (t) => replaceCol(t, to), (st) => ({ kind: 'alterColumn', from, to, ...(backfill ? { backfill } : {}), ...st }));
  }
}

export function addColumns(w: Work, next: Table, fills: Fills): void {
  for (const col of next.columns.filter((c) => !colNames(w.get(next.name)!).has(c.name))) {
    const o = owned(next, col.name);
    const later = !col.nullable && !col.default;
    const added = later ? { ...col, nullable: true } : col;
    const withCol = (t: Table): Table => {
      let x: Table = { ...t, columns: [...t.columns, added] };
      for (const kind of PART_KINDS) for (const p of next[kind] as Part[]) if (isOwned(o, p)) x = withPart(x, kind, p);
      return x;
    };
    w.step(next.name, withCol, (st) => ({ kind: 'addColumn', table: st.after, column: added, ...o }));
    if (later) {
      const backfill = fillFor(w, next.name, col, fills);
      w.step(next.name, (t) => replaceCol(t, col), (st) => ({ kind: 'alterColumn', from: added, to: col, ...(backfill ? { backfill } : {}), ...st }));
    }
  }
}

const isOwned = (o: Omit<ColumnChange, 'table' | 'column'>, p: Part) =>
  [o.fk, o.index, o.unique, ...(o.checks ?? [])].some((x) => x?.name === p.name);

/** Parts the next table has that the current one lacks (or has otherwise): checks, uniques, indexes, then FKs. */
export function addParts(w: Work, next: Table): void {
  for (const kind of ['checks', 'uniques', 'indexes', 'foreignKeys'] as PartKind[]) {
    for (const p of next[kind] as Part[]) {
      const cur = w.get(next.name)!;
      if ((cur[kind] as Part[]).some((x) => x.name === p.name)) continue;
      w.step(next.name, (t) => withPart(t, kind, p), (st) => partStatement(true, kind, next.name, p, st));
    }
  }
}
