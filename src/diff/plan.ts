/**
 * The diff (pure): previous snapshot → next compiled schema → Statement[] (dialect-free), the snapshot
 * the migration leaves, and the facts the caller must judge (drops, lossy changes, NOT NULL without a
 * value). The first migration is the diff from EMPTY. Order: renames; parts and columns that go;
 * tables that go (children first); new tables (parents first; on engines that add FKs later, an FK to
 * a table created further down is deferred); changed columns; new columns; new parts (FKs last).
 */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Caps } from '../dialects/dialect.js';
import { invert, type Statement, type ValueMap } from '../model/statements.js';
import { Work, type Facts } from './work.js';
import { applyRenames, NO_RENAMES, type PhysicalRenames } from './renames.js';
import { addColumns, alterColumns, checkShape, dropColumns, type Fills } from './table.js';
import { addParts, dropParts } from './parts.js';
import { addTrigger, dropTrigger } from './triggers.js';
import { commentTable } from './comment.js';
import { dropLate, type LateDrop } from './fk-index.js';
import { keepKeyOrder } from './key-order.js';

export interface Diff { up: Statement[]; schema: Schema; facts: Facts }
/** `values`: enum values renamed in the rows, by `table.column` of the next schema (old → new). */
export interface DiffOptions { renames?: PhysicalRenames; fills?: Fills; values?: Record<string, ValueMap> }

export const EMPTY: Schema = { tables: [], deferredFks: [], shortened: [] };

/** Create `tables` in order, given the tables that exist already. */
function creates(tables: Table[], existing: string[], caps: Caps): Statement[] {
  const exists = new Set(existing);
  const out: Statement[] = [];
  const late: Statement[] = [];
  for (const table of tables) {
    const deferred = caps.addForeignKey
      ? table.foreignKeys.filter((fk) => fk.refTable !== table.name && !exists.has(fk.refTable)).map((fk) => fk.name)
      : [];
    out.push({ kind: 'createTable', table, deferred });
    late.push(...deferred.map((name): Statement => ({ kind: 'addForeignKey', table: table.name, fk: table.foreignKeys.find((f) => f.name === name)! })));
    exists.add(table.name);
  }
  return [...out, ...late];
}

export function planDiff(prev: Schema, compiled: Schema, caps: Caps, opts: DiffOptions = {}): Diff {
  const w = new Work(prev);
  const hadTrigger = prev.tables.some((t) => t.trigger);
  const wantsTrigger = compiled.tables.some((t) => t.trigger);
  if (caps.triggerFunction && wantsTrigger && !hadTrigger) w.up.push({ kind: 'createTriggerFunction' });
  applyRenames(w, compiled, opts.renames ?? NO_RENAMES);
  const next = keepKeyOrder(w, compiled);
  const fills = opts.fills ?? {};
  const kept = next.tables.filter((t) => w.get(t.name));
  for (const t of kept) checkShape(w.get(t.name)!, t);
  for (const t of kept) dropParts(w, t, true);
  const late: LateDrop[] = [];
  for (const t of kept) dropParts(w, t, false, caps.fkNeedsIndex ? late : undefined);
  for (const t of kept) dropTrigger(w, t);
  for (const t of kept) dropColumns(w, t);
  const nextNames = new Set(next.tables.map((n) => n.name));
  const gone = w.tables.filter((t) => !nextNames.has(t.name));
  for (const t of gone) w.facts.destructive.push(`table ${t.name} (${t.entity ? `entity ${t.entity}` : 'a junction'}: its rows do not come back with the down)`);
  w.up.push(...creates(gone, w.tables.filter((t) => !gone.includes(t)).map((t) => t.name), caps).map(invert).reverse());
  for (const t of gone) w.remove(t.name);
  const fresh = next.tables.filter((t) => !w.get(t.name));
  w.up.push(...creates(fresh, w.tables.map((t) => t.name), caps));
  for (const t of kept) alterColumns(w, t, fills, opts.values ?? {});
  for (const t of kept) addColumns(w, t, fills);
  for (const t of kept) commentTable(w, t);
  for (const t of kept) addTrigger(w, t);
  for (const t of kept) addParts(w, t);
  dropLate(w, late);
  if (caps.triggerFunction && hadTrigger && !wantsTrigger) w.up.push({ kind: 'dropTriggerFunction' });
  // a table kept under its own name may belong to a renamed entity (@table(tag) of Tag → Label): the snapshot says whose
  const tables = next.tables.map((t) => {
    const k = w.get(t.name);
    return !k ? t : k.entity === t.entity ? k : { ...k, entity: t.entity };
  });
  return { up: w.up, schema: { ...next, tables }, facts: w.facts };
}

/** The whole schema from empty, in creation order (schema.sql and the first migration). */
export function planCreate(schema: Schema, caps: Caps): Statement[] { // what planDiff(EMPTY, schema) yields, without the walk
  const fn: Statement[] = caps.triggerFunction && schema.tables.some((t) => t.trigger) ? [{ kind: 'createTriggerFunction' }] : [];
  return [...fn, ...creates(schema.tables, [], caps)];
}
