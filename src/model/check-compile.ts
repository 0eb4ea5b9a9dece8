/** check(expr) at design time (parsed, typed, refused in one line where an engine reads it otherwise) and at print time. */
import type { Caps } from './caps.js';
import type { Column, Table } from '../state/physical-schema.js';
import { checkBad, parseCheck } from './check-parse.js';
import { columnsOf, depthOf, nestOf, type Node } from './check-tree.js';
import { typeTree, tyOf, type Ty } from './check-types.js';

export { compiledDefault } from './default-expr.js'; // a default(expr(…)) is typed for the engine beside check(expr)

export const colTypes = (columns: Column[]): Map<string, Ty> => new Map(columns.map((c) => [c.name, tyOf(c.type)]));

/**
 * The tree of a field's check(expr) over the table's columns, or one line saying why the engine cannot take it.
 * An index key part (`key`) is a value, not a condition; lower()/upper() there fold what the engine folds.
 */
export function checkExpr(expr: string, columns: Column[], caps: Caps, where: string, key = false): Node {
  const e = expr.trim();
  const bad = checkBad(e, where);
  const tree = parseCheck(e, columns.map((c) => c.name), where);
  const depth = caps.limits?.exprDepth;
  if (depth && depthOf(tree) > depth) bad(`nests ${depthOf(tree)} levels deep; keep it within ${depth} (SQLite stops at 1,000; split it into two check(…))`);
  const nest = caps.limits?.checkNesting;
  if (nest && nestOf(tree) > nest) bad(`nests parentheses ${nestOf(tree)} deep; keep it within ${nest} (SQLite's parser stops near 100)`);
  const eng = { label: caps.engine ?? 'this engine', exactDecimal: caps.exactDecimal !== false, unicodeCase: key || caps.unicodeCase !== false };
  const top = typeTree(tree, colTypes(columns), eng, bad);
  if (!key && top !== 'bool' && top !== 'unknown') bad(`is ${top === 'null' ? 'NULL' : `a ${top}`}, not a condition (true or false), e.g. check(qty > 0)`);
  if (!columnsOf(tree).length) bad('names no column');
  return tree;
}

/** The tree of a compiled check, for printing (the design was checked when it was compiled). */
export const checkTree = (expr: string, t: Pick<Table, 'name' | 'columns'>): Node =>
  parseCheck(expr, t.columns.map((c) => c.name), t.name);
