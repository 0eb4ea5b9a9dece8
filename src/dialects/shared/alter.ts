/** ALTER TABLE clauses for one added or dropped column and the parts that belong to it alone (PostgreSQL, MySQL). */
import type { Dialect, Emitters } from '../dialect.js';
import type { Default } from '../../state/model-schema.js';
import type { Column } from '../../state/physical-schema.js';
import type { DefaultExprs } from './ddl.js';
import type { ColumnChange } from '../../model/statements.js';
import * as ddl from './ddl.js';

type D = Pick<Dialect, 'quote' | 'literal' | 'columnType' | 'check'>;

/** The table an added column's CHECKs read: its columns with that one among them. */
export const withColumn = (s: ColumnChange) => ({ name: s.table.name, columns: [...s.table.columns.filter((c) => c.name !== s.column.name), s.column] });

/** `ADD COLUMN …`, then its UNIQUE, CHECKs, `extra` (an inline index) and the FK last, as named constraints. */
export function addClauses(d: D, s: ColumnChange, colDef: string, uniqueSql: (name: string, cols: string) => string, extra: string[] = []): string[] {
  return [
    `ADD COLUMN ${colDef}`,
    ...(s.unique ? [`ADD ${uniqueSql(d.quote(s.unique.name), ddl.cols(d, s.unique.columns))}`] : []),
    ...(s.checks ?? []).map((c) => `ADD CONSTRAINT ${d.quote(c.name)} ${ddl.checkSql(d, c, withColumn(s))}`),
    ...extra,
    ...(s.fk ? [`ADD ${ddl.fkSql(d, s.fk)}`] : []),
  ];
}

/** One ALTER TABLE with several clauses, one a line. */
export function alterTable(d: D, table: string, clauses: string[]): string {
  return `ALTER TABLE ${d.quote(table)}\n  ${clauses.join(',\n  ')};`;
}

/** A kind only another engine's `group` plans: reaching it here is a bug, said loudly. */
export const notPlanned = (kind: string) => (): string[] => {
  throw new Error(`${kind} is planned only for engines that rebuild tables (Dialect.group)`);
};

/** The SQL of a default or a one-off backfill value for `col`, written as the engine writes defaults. */
export const valueSql = (d: D, col: Column, v: Default, x: DefaultExprs): string =>
  ddl.defaultSql(d, { ...col, default: v }, x).replace(/^ DEFAULT /, '');

/** Fill the rows whose column is NULL before it becomes NOT NULL (`keep`: a column ON UPDATE must not touch). */
export const backfillSql = (d: D, table: string, col: Column, v: Default, x: DefaultExprs, keep = '') =>
  `UPDATE ${d.quote(table)} SET ${d.quote(col.name)} = ${valueSql(d, col, v, x)}${keep ? `, ${d.quote(keep)} = ${d.quote(keep)}` : ''} WHERE ${d.quote(col.name)} IS NULL;`;

/** Enum values renamed in the rows (old → new), compared as the CHECK compares them (`keep`: as in backfillSql). */
export function valuesSql(d: D, table: string, col: string, v: Record<string, string>, keep = ''): string {
  const c = d.quote(col);
  const eq = d.check?.textEq?.(c) ?? c;
  const when = Object.entries(v).map(([a, b]) => `WHEN ${d.literal(a)} THEN ${d.literal(b)}`).join(' ');
  const olds = Object.keys(v).map((a) => d.literal(a)).join(', ');
  return `UPDATE ${d.quote(table)} SET ${c} = CASE ${eq} ${when} ELSE ${c} END${keep ? `, ${d.quote(keep)} = ${d.quote(keep)}` : ''} WHERE ${eq} IN (${olds});`;
}

/** The statement kinds of a change to an existing table, emitted in each dialect's alter.ts. */
export type ChangeKind = 'rebuildTable' | 'alterColumn' | 'addUnique' | 'dropUnique' | 'addIndex' | 'dropIndex' | 'addCheck' | 'dropCheck' | 'renameTable' | 'renameColumn'
  | 'addTrigger' | 'dropTrigger' | 'commentTable';
export type ChangeEmitters = Pick<Emitters, ChangeKind>;
