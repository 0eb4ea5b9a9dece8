/**
 * One table that exists before and after, in phases (plan.ts orders them over all tables): parts that go
 * (FKs first), columns that go (with the parts that are theirs alone), columns that change, columns that
 * come (with theirs), parts that come (FKs last). Each step keeps the table's state: old columns keep their places.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { ValueMap } from '../model/statements.js';
import type { Default } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { same } from './same.js';
import { narrowing, placeholder } from './facts.js';
import { PART_KINDS, withPart, type Part, type Work } from './work.js';
import { isOwned, owned, stripPart } from './parts.js';

export type Fills = Record<string, Default>;

const colNames = (t: Table) => new Set(t.columns.map((c) => c.name));

export function checkShape(prev: Table, next: Table): void {
  const t = next.name;
  if (prev.kind !== next.kind) fail(`diff: ${t}: the name is taken already by ${prev.entity ? `entity ${prev.entity}` : 'a junction table'}`);
  const pk = (x: Table) => [...x.primaryKey.columns].sort().join(',');
  if (pk(prev) !== pk(next)) fail(`diff: ${t}: the primary key would change (${prev.primaryKey.columns.join(', ')} → ${next.primaryKey.columns.join(', ')}); make a new entity and copy the rows instead`);
  if (prev.trigger && next.trigger && prev.trigger !== next.trigger) fail(`diff: ${t}: the updated_at trigger would change`);
}

export function dropColumns(w: Work, next: Table): void {
  for (const old of w.get(next.name)!.columns.filter((c) => !colNames(next).has(c.name))) {
    const col = old.nullable || old.identity ? old : relax(w, next.name, old);
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

/** NOT NULL → NULL allowed, the down filling NULLs with a placeholder (so a column brought back fits its rows). */
function relax(w: Work, table: string, from: Column): Column {
  const to = { ...from, nullable: true };
  const restore = placeholder(from);
  w.step(table, (t) => replaceCol(t, to), (st) => ({ kind: 'alterColumn', from, to, ...(restore ? { restore } : {}), ...st }));
  return to;
}

const replaceCol = (t: Table, c: Column): Table => ({ ...t, columns: t.columns.map((x) => (x.name === c.name ? c : x)) });

function fillFor(w: Work, table: string, col: Column, fills: Fills): Default | undefined {
  const f = fills[`${table}.${col.name}`] ?? col.default;
  if (!f) w.facts.unfilled.push(`${table}.${col.name}`);
  return f;
}

/** The enum `from` with its renamed values as they will read (so a rename alone narrows nothing). */
const renamed = (t: Column['type'], v?: ValueMap): Column['type'] => (v && t.kind === 'enum' ? { ...t, values: t.values.map((x) => v[x] ?? x) } : t);

export function alterColumns(w: Work, next: Table, fills: Fills, values: Record<string, ValueMap> = {}): void {
  for (const to of next.columns) {
    const from = w.get(next.name)!.columns.find((c) => c.name === to.name);
    if (!from || same(from, to)) continue;
    if (from.identity || to.identity) fail(`diff: ${next.name}.${to.name}: the generated key cannot change`);
    const v = values[`${next.name}.${to.name}`];
    const lossy = narrowing(renamed(from.type, v), to.type);
    if (lossy) w.facts.lossy.push(`${next.name}.${to.name}: ${lossy}`);
    const backfill = from.nullable && !to.nullable ? fillFor(w, next.name, to, fills) : undefined;
    const restore = !from.nullable && to.nullable ? placeholder(from) : undefined;
    w.step(next.name, (t) => replaceCol(t, to), (st) => ({ kind: 'alterColumn', from, to, ...(backfill ? { backfill } : {}), ...(restore ? { restore } : {}),
      ...(v ? { values: v } : {}), ...st }));
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
