/**
 * SQLite's side of db-import's recognition: the AFTER UPDATE trigger that keeps `updated_at` current (the one
 * dialects/sqlite/trigger.ts writes, to the letter), the automatic timestamps, and partial or expression
 * indexes as the engine keeps their text (`CREATE INDEX … ON t (lower(email)) WHERE …`).
 */
import type { ImportHints } from '../import-hints.js';
import type { Catalog, CatTable } from '../../catalog/types.js';
import { squash } from '../../catalog/compare.js';
import { triggerSql } from './trigger.js';
import { commentsOf } from './catalog-comments.js';

/** The engine keeps a CREATE TRIGGER's text as written, but for `IF NOT EXISTS` (and the closing `;`). */
const trigger = (s: string) => squash(s.replace(/\bIF\s+NOT\s+EXISTS\s+/i, '').replace(/;\s*$/, ''));

/** The trigger the language makes for `t` (its name and key as the table has them) is the one the table has. */
function ownTrigger(c: Catalog, t: CatTable): boolean {
  const pk = t.primaryKey?.columns;
  if (!pk?.length) return false;
  const name = `trg_${t.name}_updated_at`;
  const made = trigger(triggerSql({ name: t.name, trigger: name, primaryKey: { name: '', columns: pk } }));
  return c.triggers.some((g) => g.table === t.name && g.name === name && trigger(g.sql) === made);
}

/** The engine's text of an index part or predicate → the language's: a quoted plain name bare, outside literals. */
const spoken = (text: string) => text.replace(/'(?:[^']|'')*'|[^']+/g, (m) => (m.startsWith("'") ? m
  : m.replace(/"([A-Za-z_][A-Za-z0-9_]*)"/g, '$1')));

/** `-- ` lines in a CREATE TABLE's text that are neither the table's comment nor a column's (catalog-comments.ts): one
 *  line before the first column as earlier versions wrote it (the table's or that column's?), or one after a definition. */
function commented(c: Catalog): string[] {
  const tables = c.tables.filter((t) => commentsOf(t.sql ?? '').unread > 0).map((t) => t.name);
  if (!tables.length) return [];
  const some = `${tables.slice(0, 5).join(', ')}${tables.length > 5 ? `, … (${tables.length} tables)` : ''}`;
  return [`comment lines in the CREATE TABLE text of ${some} (SQLite keeps no comments of its own) that are neither the table's `
    + "(after the ( of its CREATE line) nor a column's (on their own line before it): the design has none of them; give them "
    + "again as doc('…') on the field or @doc('…') on the entity (db-change)"];
}

export const sqliteRecognise: ImportHints = {
  unread: commented,
  keptCurrent: (c, t) => t.columns.some((x) => x.name === 'updated_at') && ownTrigger(c, t),
  generation: (col) => (col.identity === 'auto-increment' ? 'autoincrement' : undefined),
  automaticTimestamp: (col) => col.type === 'datetime' && !col.nullable && /^current_timestamp$/i.test(col.default ?? ''),
  keyed: (_t, i) => {
    if (i.method || i.columns.some((k) => / desc$/.test(k)) || (!i.where && !i.expression)) return undefined;
    return { keys: i.columns.map(spoken), ...(i.where ? { where: spoken(i.where) } : {}), unique: i.unique };
  },
};
