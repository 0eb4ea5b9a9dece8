/**
 * MySQL/MariaDB changes to existing tables: MODIFY COLUMN with the whole definition, named keys and
 * checks, renames. A TEXT column that gains (or loses) a key is retyped in the same ALTER (VARCHAR(255)).
 */
import type { Table } from '../../state/physical-schema.js';
import type { ColumnChange, Step } from '../../model/statements.js';
import * as ddl from '../shared/ddl.js';
import { alterTable, backfillSql, valuesSql, type ChangeEmitters } from '../shared/alter.js';
import { colDef, mysql } from './index.js';
import { enumWidth, MYSQL_DEFAULTS } from './types.js';
import { swapSql } from './group.js';
import { isKeyed, keyedSql } from './keyed.js';

const q = ddl.quoteWith('`');

/** MODIFY clauses for the columns whose definition differs between the table before and after. */
function retyped({ before, after }: Step, skip = ''): string[] {
  return after.columns
    .filter((c) => c.name !== skip && before.columns.some((b) => b.name === c.name && colDef(b, before) !== colDef(c, after)))
    .map((c) => `MODIFY COLUMN ${colDef(c, after)}`);
}

/** A column put back by a down goes where it was (AFTER its neighbour); a new one goes last, as ADD COLUMN does. */
export function placeAfter(s: ColumnChange): string {
  const i = s.table.columns.findIndex((c) => c.name === s.column.name);
  return i > 0 && i < s.table.columns.length - 1 ? ` AFTER ${q(s.table.columns[i - 1].name)}` : '';
}

const alter = (t: Table, clauses: string[]) => [alterTable(mysql, t.name, clauses)];

type Alter = Parameters<ChangeEmitters['alterColumn']>[0];
const keep = (t: Table) => t.columns.find((c) => c.onUpdateNow)?.name;

/** MODIFY, with enum values renamed in the rows: before it when the new values fit the old VARCHAR, else after it widens. */
function modify(s: Alter): string[] {
  const clauses = [...(!s.values || colDef(s.from, s.before) !== colDef(s.to, s.after) ? [`MODIFY COLUMN ${colDef(s.to, s.after)}`] : []), ...retyped(s, s.to.name)];
  const sql = clauses.length ? alter(s.after, clauses) : [];
  if (!s.values) return sql;
  const rename = valuesSql(mysql, s.after.name, s.to.name, s.values, keep(s.after));
  const width = s.from.type.kind === 'enum' ? enumWidth(s.from.type.values) : Infinity;
  return Object.values(s.values).every((v) => v.length <= width) ? [rename, ...sql] : [...sql, rename];
}

/** A keyed index on an existing table: its generated columns and key in one ALTER, after the line saying how. */
function addKeyed(s: Step & { index: Table['indexes'][number] }): string[] {
  const k = keyedSql(s.index, s.after);
  return [[k.note, ...alter(s.after, [...retyped(s), ...k.columns.map((c) => `ADD COLUMN ${c}`), `ADD ${k.key}`])].join('\n')];
}

/** renameColumn: the base emitter (shared/emit.ts). */
export const mysqlChanges: Omit<ChangeEmitters, 'renameColumn'> = {
  rebuildTable: (s) => swapSql(mysql, s.before, s.after, colDef), // a CHECK replaced in one statement (group.ts)
  alterColumn: (s) => [
    // `updated_at = updated_at` keeps ON UPDATE CURRENT_TIMESTAMP from touching the rows
    ...(s.backfill ? [backfillSql(mysql, s.after.name, s.to, s.backfill, MYSQL_DEFAULTS, keep(s.after))] : []),
    ...modify(s),
  ],
  addUnique: (s) => alter(s.after, [...retyped(s), `ADD UNIQUE KEY ${q(s.unique.name)} (${ddl.cols(mysql, s.unique.columns)})`]),
  dropUnique: (s) => alter(s.after, [`DROP INDEX ${q(s.unique.name)}`, ...retyped(s)]),
  addIndex: (s) => (isKeyed(s.index) ? addKeyed(s) : alter(s.after, [...retyped(s), `ADD KEY ${q(s.index.name)} (${ddl.cols(mysql, s.index.columns)})`])),
  dropIndex: (s) => alter(s.after, [`DROP INDEX ${q(s.index.name)}`,
    ...(isKeyed(s.index) ? keyedSql(s.index, s.before).generated.map((g) => `DROP COLUMN ${q(g)}`) : []), ...retyped(s)]),
  addCheck: (s) => alter(s.after, [`ADD CONSTRAINT ${q(s.check.name)} ${ddl.checkSql(mysql, s.check, s.after)}`]),
  dropCheck: (s) => alter(s.after, [`DROP CONSTRAINT ${q(s.check.name)}`]),
  renameTable: ({ from, to }) => [`RENAME TABLE ${q(from)} TO ${q(to)};`],
  addTrigger: () => [], // no trigger here: updated_at is ON UPDATE CURRENT_TIMESTAMP in its column
  dropTrigger: () => [],
  commentTable: ({ after: t }) => [`ALTER TABLE ${q(t.name)} COMMENT = ${mysql.literal(t.doc ?? '')};`], // '': none
};
