/** Renames said by the user (never guessed): tables first, then columns; the engine carries data and references along. */
import type { Schema, Table } from '../state/physical-schema.js';
import { fail } from '../base/errors.js';
import type { Work } from './work.js';

import type { PhysicalRenames } from '../model/renames.js';

export type { PhysicalRenames } from '../model/renames.js';
export { NO_RENAMES } from '../model/renames.js';

const renameIn = (cols: string[], from: string, to: string) => cols.map((c) => (c === from ? to : c));

function renameColumn(t: Table, from: string, to: string): Table {
  return {
    ...t,
    columns: t.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
    primaryKey: { ...t.primaryKey, columns: renameIn(t.primaryKey.columns, from, to) },
    uniques: t.uniques.map((u) => ({ ...u, columns: renameIn(u.columns, from, to) })),
    indexes: t.indexes.map((i) => ({ ...i, columns: renameIn(i.columns, from, to) })),
    checks: t.checks.map((c) => (c.column === from ? { ...c, column: to } : c)),
    foreignKeys: t.foreignKeys.map((f) => (f.column === from ? { ...f, column: to } : f)),
  };
}

export function applyRenames(w: Work, next: Schema, r: PhysicalRenames): void {
  for (const { from, to } of r.tables) {
    const n = next.tables.find((t) => t.name === to);
    if (!w.get(from) || !n) fail(`renames: table ${from} → ${to}: ${!w.get(from) ? `no table ${from} before` : `no table ${to} after`}`);
    if (w.get(to)) fail(`renames: table ${from} → ${to}: ${to} exists already`);
    const named = (t: Table): Table => ({ ...t, name: to, entity: n.entity, primaryKey: { ...t.primaryKey, name: n.primaryKey.name }, trigger: n.trigger });
    w.step(from, named, (st) => ({ kind: 'renameTable', from, to, ...st }));
    w.silently((t) => ({ ...t, foreignKeys: t.foreignKeys.map((f) => (f.refTable === from ? { ...f, refTable: to } : f)) }));
  }
  for (const { table, from, to } of r.columns) {
    const t = w.get(table);
    if (!t?.columns.some((c) => c.name === from)) fail(`renames: column ${table}.${from}: no such column before`);
    if (t.columns.some((c) => c.name === to)) fail(`renames: column ${table}.${from} → ${to}: ${to} exists already`);
    w.step(table, (x) => renameColumn(x, from, to), (st) => ({ kind: 'renameColumn', from, to, ...st }));
  }
}
