/**
 * A check tree printed for one engine: every column quoted, every 'text' through the dialect's literal,
 * every compound part in parentheses, and the engine's own words for the one meaning (Dialect.check):
 * whole-number division, length in characters, text compared by code point and case, LIKE with
 * backslash escapes and case.
 */
import type { Dialect } from '../dialect.js';
import { needsParens, type Node } from '../../model/check-tree.js';
import type { Ty } from '../../model/check-types.js';
import { typeTree } from '../../model/check-types.js';
import { defaultTree } from '../../model/default-expr.js';
import type { ColType } from '../../state/model-schema.js';
import type { Table } from '../../state/physical-schema.js';

type D = Pick<Dialect, 'quote' | 'literal' | 'check'>;

export function printCheck(d: D, n: Node, cols: Map<string, Ty>): string {
  const s = d.check ?? {};
  const ty = (x: Node): Ty => {
    try { return typeTree(x, cols, undefined, () => { throw new Error('untyped'); }); } catch { return 'unknown'; }
  };
  let parent: Node = n;
  const p = (x: Node): string => {
    const up = parent;
    parent = x;
    const sql = out(x);
    parent = up;
    return needsParens(up, x) && up !== x ? `(${sql})` : sql;
  };
  /** A side of a comparison: text compared by code point (and ordered so, for an ordering operator). */
  const side = (x: Node, other: Node[], order: boolean): string => {
    const text = ty(x) === 'text' && other.every((y) => ['text', 'unknown', 'null'].includes(ty(y))); // a date beside 'text' stays a date
    if (!text) return p(x);
    const eq = s.textEq ? s.textEq(p(x)) : p(x);
    return order && s.textOrder ? s.textOrder(eq) : eq;
  };
  const out = (x: Node): string => {
    switch (x.k) {
      case 'col': return d.quote(x.name);
      case 'num': return x.text;
      case 'str': return d.literal(x.value);
      case 'bool': return d.literal(x.value);
      case 'null': return 'NULL';
      case 'not': return `NOT ${p(x.e)}`;
      case 'neg': return `-${p(x.e)}`;
      case 'and': case 'or': return `${p(x.l)} ${x.k.toUpperCase()} ${p(x.r)}`;
      case 'arith': return `${p(x.l)} ${x.op === '/' ? (s.intDiv ?? '/') : x.op} ${p(x.r)}`;
      case 'cmp': {
        const order = !['=', '<>'].includes(x.op);
        return `${side(x.l, [x.r], order)} ${x.op} ${side(x.r, [x.l], order)}`;
      }
      case 'in': return `${side(x.e, x.list, false)} ${x.not ? 'NOT IN' : 'IN'} (${x.list.map((y) => side(y, [x.e], false)).join(', ')})`;
      case 'between': {
        const all = [x.lo, x.hi];
        return `${side(x.e, all, true)} ${x.not ? 'NOT BETWEEN' : 'BETWEEN'} ${side(x.lo, [x.e], true)} AND ${side(x.hi, [x.e], true)}`;
      }
      case 'like': return s.like ? s.like(p(x.e), x.pattern, x.not) : `${p(x.e)} ${x.not ? 'NOT LIKE' : 'LIKE'} ${d.literal(x.pattern)}`;
      case 'isnull': return `${p(x.e)} IS ${x.not ? 'NOT NULL' : 'NULL'}`;
      case 'call': return `${x.fn === 'length' ? (s.length ?? 'length') : x.fn}(${x.args.map(out).join(', ')})`;
    }
  };
  return out(n);
}

/** A LIKE pattern (backslash escapes, % any run, _ one character) as a SQLite GLOB pattern (case-sensitive). */
export function likeToGlob(pattern: string): string {
  const chars = Array.from(pattern);
  let out = '';
  const lit = (c: string) => (c === '*' || c === '?' || c === '[' ? `[${c}]` : c);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') out += lit(chars[++i] ?? '');
    else out += c === '%' ? '*' : c === '_' ? '?' : lit(c);
  }
  return out;
}

/** default(expr(…)) printed for the engine as a check(expr) is (the design typed it when it was compiled); the
 *  engine's own SQL as written (its engine ran it before the design was written). */
export const defaultExprSql = (d: D, expr: string, t: ColType): string => {
  const tree = defaultTree(expr, t, 'default');
  return tree ? printCheck(d, tree, new Map()) : expr.trim();
};

/** The length a length CHECK holds a column to (its string(n) / char(n); TEXT's 65535). */
export const lengthOf = (t: Pick<Table, 'columns'>, name: string) => {
  const ty = t.columns.find((x) => x.name === name)?.type;
  return ty && (ty.kind === 'string' || ty.kind === 'char') ? ty.length : 65535;
};
