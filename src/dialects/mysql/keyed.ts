/**
 * Partial and expression indexes on MySQL/MariaDB (issue 16). MariaDB has neither (MySQL 8 only the
 * expression kind), so each one is said another way, with a comment line saying how:
 * - a partial or expression UNIQUE is a UNIQUE KEY over generated columns — `CASE WHEN <where> THEN <part> END`
 *   (NULL outside the rows it covers, and NULLs never clash) or the expression itself;
 * - a partial plain index covers every row (a superset serves the same queries);
 * - an expression index is a KEY over a generated column holding the expression.
 */
import type { Column, Index, Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';
import { fail } from '../../base/errors.js';
import { mysqlType } from './types.js';
import { checkTree, colTypes } from '../../model/check-compile.js';
import { typeTree } from '../../model/check-types.js';

import { mysql as D } from './index.js';

const q = ddl.quoteWith('`');
const COLUMN = /^[a-z_][a-z0-9_]*$/;
const TEXT_FN = /^(lower|upper|trim)\s*\(\s*([a-z_][a-z0-9_]*)\s*\)$/i;

export const isKeyed = (ix: Index) => !!(ix.keys || ix.where);

export interface KeyedSql { columns: string[]; generated: string[]; key: string; note: string }

const genName = (ix: Index, i: number) => `gx${i + 1}_${ix.name}`.slice(0, 64);

/** The generated column's type: the column's own for a column or lower/upper/trim(column), else the tree's class. */
function partType(part: string, t: Table, ix: Index): string {
  const name = COLUMN.test(part) ? part : TEXT_FN.exec(part.trim())?.[2].toLowerCase();
  const col: Column | undefined = t.columns.find((c) => c.name === name);
  if (col) return mysqlType(col, t);
  let ty = 'unknown';
  try { ty = typeTree(checkTree(part, t), colTypes(t.columns), undefined, (why) => { throw new Error(why); }); } catch { /* unknown */ }
  if (ty === 'int') return 'BIGINT';
  if (ty === 'bool') return 'BOOLEAN';
  return fail(`${t.name}: ${ix.name} on MySQL/MariaDB needs a generated column for '${part}', and its type is known only for a column, ` +
    'lower(col), upper(col), trim(col), whole-number arithmetic or a condition; use one of those, add a typed column the app fills, ' +
    'or index the column itself');
}

/** The generated column definitions and the key line (CREATE TABLE / ALTER TABLE ADD) of one keyed index. */
export function keyedSql(ix: Index, t: Table): KeyedSql {
  const parts = ix.keys ?? ix.columns;
  const kind = ix.unique ? 'UNIQUE KEY' : 'KEY';
  if (!ix.unique && ix.where && parts.every((p) => COLUMN.test(p))) {
    return { columns: [], generated: [], key: `KEY ${q(ix.name)} (${ddl.cols(D, parts)})`,
      note: `-- MySQL/MariaDB: no partial index; ${ix.name} covers every row (WHERE ${ix.where} is left out; it serves the same queries).` };
  }
  const where = ix.where ? ddl.exprSql(D, ix.where, t) : undefined;
  const columns: string[] = [];
  const generated: string[] = [];
  const keyParts = parts.map((p, i) => {
    if (COLUMN.test(p) && !where) return q(p);
    const sql = COLUMN.test(p) ? q(p) : ddl.exprSql(D, p, t);
    generated.push(genName(ix, i));
    columns.push(`${q(genName(ix, i))} ${partType(p, t, ix)} AS (${where ? `CASE WHEN ${where} THEN ${sql} END` : sql}) STORED`);
    return q(genName(ix, i));
  });
  const what = [parts.some((p) => !COLUMN.test(p)) ? 'expression' : '', ix.where ? 'partial' : ''].filter(Boolean).join(' or ');
  return { columns, generated, key: `${kind} ${q(ix.name)} (${keyParts.join(', ')})`,
    note: `-- MySQL/MariaDB: no ${what} index; ${ix.name} is a ${kind} over generated column${generated.length > 1 ? 's' : ''} ${generated.join(', ')}.` };
}
