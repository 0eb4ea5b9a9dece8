/**
 * The diff: previous snapshot → next compiled schema → Statement[] (dialect-free), plus the snapshot
 * the migration leaves. New tables first (parents before children; on engines that add FKs later,
 * an FK to a table created further down is deferred), then new columns of existing tables. The down
 * is planDown(up): the inverses in reverse order.
 */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Caps } from '../dialects/dialect.js';
import type { Statement } from '../model/statements.js';
import { fail } from '../cli/errors.js';
import { diffTable } from './table.js';

export interface Diff { up: Statement[]; schema: Schema }

export function planDiff(prev: Schema, next: Schema, caps: Caps): Diff {
  const before = new Map(prev.tables.map((t) => [t.name, t]));
  const gone = prev.tables.find((t) => !next.tables.some((n) => n.name === t.name));
  if (gone) fail(`diff: table ${gone.name} would be removed; db-scaffold only adds tables and columns (write this migration by hand)`);
  const up: Statement[] = [];
  if (caps.triggerFunction && next.tables.some((t) => t.trigger) && !prev.tables.some((t) => t.trigger)) {
    up.push({ kind: 'createTriggerFunction' });
  }
  const exists = new Set(before.keys());
  const late: Statement[] = [];
  for (const table of next.tables.filter((t) => !before.has(t.name))) {
    const deferred = caps.addForeignKey
      ? table.foreignKeys.filter((fk) => fk.refTable !== table.name && !exists.has(fk.refTable)).map((fk) => fk.name)
      : [];
    up.push({ kind: 'createTable', table, deferred });
    late.push(...deferred.map((name): Statement => ({ kind: 'addForeignKey', table: table.name, fk: table.foreignKeys.find((f) => f.name === name)! })));
    exists.add(table.name);
  }
  up.push(...late);
  const tables: Table[] = [];
  for (const table of next.tables) {
    const old = before.get(table.name);
    if (!old) { tables.push(table); continue; }
    const d = diffTable(old, table);
    up.push(...d.up);
    tables.push(d.after);
  }
  return { up, schema: { ...next, tables } };
}
