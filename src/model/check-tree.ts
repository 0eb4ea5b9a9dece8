/**
 * The small tree a check(expr) becomes: what every dialect prints and the seed evaluates. Numbers keep
 * the text the user wrote (never a JavaScript number); text literals their value.
 */
import type { ColType } from '../state/model-schema.js';

export type CmpOp = '=' | '<>' | '<' | '>' | '<=' | '>=';
export type ArithOp = '+' | '-' | '*' | '/' | '%';
export type Fn = 'length' | 'lower' | 'upper' | 'trim' | 'abs' | 'coalesce';

export type Node =
  | { k: 'col'; name: string }
  | { k: 'num'; text: string }
  | { k: 'str'; value: string }
  | { k: 'bool'; value: boolean }
  | { k: 'null' }
  | { k: 'not'; e: Node }
  | { k: 'neg'; e: Node }
  | { k: 'and' | 'or'; l: Node; r: Node }
  | { k: 'cmp'; op: CmpOp; l: Node; r: Node }
  | { k: 'arith'; op: ArithOp; l: Node; r: Node }
  | { k: 'in'; e: Node; list: Node[]; not: boolean }
  | { k: 'between'; e: Node; lo: Node; hi: Node; not: boolean }
  | { k: 'like'; e: Node; pattern: string; not: boolean }
  | { k: 'isnull'; e: Node; not: boolean }
  | { k: 'call'; fn: Fn; args: Node[] };

export const FUNCTIONS: Fn[] = ['length', 'lower', 'upper', 'trim', 'abs', 'coalesce'];
export const ALLOWED = "columns, numbers, 'text', = <> < > <= >= + - * / %, AND OR NOT, IN (…), BETWEEN, LIKE, IS [NOT] NULL, "
  + `${FUNCTIONS.join(' ')}`;

/** The direct children of a node, in order. */
export function children(n: Node): Node[] {
  switch (n.k) {
    case 'not': case 'neg': case 'isnull': case 'like': return [n.e];
    case 'and': case 'or': case 'cmp': case 'arith': return [n.l, n.r];
    case 'in': return [n.e, ...n.list];
    case 'between': return [n.e, n.lo, n.hi];
    case 'call': return n.args;
    default: return [];
  }
}

/** The columns a tree names, each once, in order of appearance. */
export function columnsOf(n: Node): string[] {
  const out: string[] = [];
  const walk = (x: Node) => { if (x.k === 'col' && !out.includes(x.name)) out.push(x.name); children(x).forEach(walk); };
  walk(n);
  return out;
}

const ATOMS = ['col', 'num', 'str', 'bool', 'null', 'call'];

/** Does `child` need parentheses under `parent`? Compound parts do, except a chain of one AND or OR. */
export const needsParens = (parent: Node, child: Node): boolean =>
  !ATOMS.includes(child.k) && !((parent.k === 'and' || parent.k === 'or') && child.k === parent.k);

/** How deep the printed parentheses nest (SQLite's parser stops near 100). */
export function nestOf(n: Node): number {
  return Math.max(0, ...children(n).map((c) => (needsParens(n, c) ? 1 : 0) + nestOf(c)));
}

/** How deep the tree nests (a column or a literal: 1). */
export function depthOf(n: Node): number {
  return 1 + Math.max(0, ...children(n).map(depthOf));
}

/** The class of a value in a check: what the type checker and the printers reason about. */
export type Ty = 'int' | 'dec' | 'float' | 'text' | 'bool' | 'date' | 'time' | 'datetime' | 'uuid' | 'other' | 'null' | 'unknown';

/** A column type's class. */
export function tyOf(t: ColType): Ty {
  switch (t.kind) {
    case 'key': case 'smallint': case 'integer': case 'bigint': return 'int';
    case 'decimal': return 'dec';
    case 'float': return 'float';
    case 'string': case 'char': case 'text': case 'enum': return 'text';
    case 'boolean': return 'bool';
    case 'date': return 'date';
    case 'time': return 'time';
    case 'datetime': case 'timestamp': return 'datetime';
    case 'uuid': return 'uuid';
    default: return 'other';
  }
}
