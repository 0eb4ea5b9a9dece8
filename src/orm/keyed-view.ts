/** Partial and expression indexes (issue 16) in the ORM view: each key part as a column or the engine's SQL, the predicate. */
import { camelCase } from 'change-case';
import type { Dialect } from '../dialects/dialect.js';
import type { Index, Table } from '../state/physical-schema.js';
import { exprSql, keyPartSql } from '../dialects/shared/ddl.js';

export interface KeyedView {
  keyed: boolean;                       // has a where(…) or an expression part
  parts: { column?: string; prop?: string; sql?: string }[];
  whereSql?: string;                    // the predicate as the engine's SQL (engines with partial indexes)
  describe: string;                     // one line for a comment: the parts and the predicate
  native: boolean;                      // the engine has it as written (MySQL/MariaDB: generated columns instead)
}

const COLUMN = /^[a-z_][a-z0-9_]*$/;

export function keyedView(ix: Index, d: Dialect, t: Pick<Table, 'name' | 'columns'>): KeyedView {
  const keyed = !!(ix.keys || ix.where);
  const isColumn = (k: string) => COLUMN.test(k) || t.columns.some((c) => c.name === k); // column(AlbumId) keeps its case
  const parts = (ix.keys ?? ix.columns).map((k) => (isColumn(k) ? { column: k, prop: camelCase(k) } : { sql: keyPartSql(d, k, t) }));
  const native = d.caps.partialIndex;
  const whereSql = ix.where && native ? exprSql(d, ix.where, t) : undefined;
  const describe = `${(ix.keys ?? ix.columns).join(', ')}${ix.where ? ` WHERE ${ix.where}` : ''}`;
  return { keyed, parts, ...(whereSql ? { whereSql } : {}), describe, native };
}
