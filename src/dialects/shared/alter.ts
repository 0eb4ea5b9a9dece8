/** ALTER TABLE clauses for one added or dropped column and the parts that belong to it alone (PostgreSQL, MySQL). */
import type { Dialect } from '../dialect.js';
import type { ColumnChange } from '../../model/statements.js';
import * as ddl from './ddl.js';

type D = Pick<Dialect, 'quote' | 'literal' | 'columnType'>;

/** `ADD COLUMN …`, then its UNIQUE, CHECKs, `extra` (an inline index) and the FK last, as named constraints. */
export function addClauses(d: D, s: ColumnChange, colDef: string, uniqueSql: (name: string, cols: string) => string, extra: string[] = []): string[] {
  return [
    `ADD COLUMN ${colDef}`,
    ...(s.unique ? [`ADD ${uniqueSql(d.quote(s.unique.name), ddl.cols(d, s.unique.columns))}`] : []),
    ...(s.checks ?? []).map((c) => `ADD CONSTRAINT ${d.quote(c.name)} ${ddl.checkSql(d, c)}`),
    ...extra,
    ...(s.fk ? [`ADD ${ddl.fkSql(d, s.fk)}`] : []),
  ];
}

/** One ALTER TABLE with several clauses, one a line. */
export function alterTable(d: D, table: string, clauses: string[]): string {
  return `ALTER TABLE ${d.quote(table)}\n  ${clauses.join(',\n  ')};`;
}
