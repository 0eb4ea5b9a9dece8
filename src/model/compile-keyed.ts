/** Partial and expression indexes of one table (issue 16): each part checked against the table's columns, named like the rest. */
import type { Entity } from '../state/model-schema.js';
import type { Index, Table } from '../state/physical-schema.js';
import type { Caps } from './caps.js';
import { checkExpr } from './check-compile.js';
import { columnsOf } from './check-tree.js';
import { isUserError, fail } from '../base/errors.js';

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** The columns an expression reads, parsed and typed as a check(expr) is; its one-line error names the directive. */
function read(expr: string, t: Table, caps: Caps, at: string, what: string): string[] {
  try {
    return columnsOf(checkExpr(expr, t.columns, caps, at, what !== 'where'));
  } catch (e) {
    if (!isUserError(e)) throw e;
    return fail(e.message.replace(`check(${expr.trim()})`, `${what}(${expr.trim()})`).replace('write a boolean SQL expression', 'write an SQL expression'));
  }
}

export function keyedIndexes(t: Table, e: Entity, names: string[], cn: (prefix: string, rest: string) => string, col: (n: string) => string,
  caps: Caps): Index[] {
  return (e.keyed ?? []).map((k) => {
    const what = k.unique ? '@unique' : '@index';
    const at = `${e.name}: ${what}(${k.keys.join(', ')})`;
    const keys = k.keys.map((p) => {
      if (!IDENT.test(p)) return p;
      if (!names.includes(col(p))) fail(`${at} names '${p}', which is not a column of ${t.name} (columns: ${names.join(', ')})`);
      return col(p);
    });
    const used = keys.flatMap((p) => (names.includes(p) ? [p] : read(p, t, caps, at, what)));
    const predicate = k.where ? read(k.where, t, caps, at, 'where') : [];
    const columns = [...new Set([...used, ...predicate])];
    const label = keys.map((p) => (names.includes(p) ? p : (p.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).join('_').toLowerCase())).join('_');
    const ix: Index = { name: cn(k.unique ? 'uq' : 'ix', `${label}${k.where ? '_partial' : ''}`), columns, unique: k.unique };
    if (keys.some((p) => !names.includes(p)) || columns.length !== keys.length || keys.some((p, i) => columns[i] !== p)) ix.keys = keys;
    if (k.where) ix.where = k.where.trim();
    return ix;
  });
}
