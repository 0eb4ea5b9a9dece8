/**
 * Evaluates a check(expr) of the language over one planned row — its parsed tree, with the meaning every
 * engine is given (whole-number division, text by code point and case, LIKE with backslash escapes,
 * length in characters) and SQL's three-valued logic (NULL: unknown, which a CHECK lets through) — so
 * the seed writes only rows the engine's CHECK accepts.
 */
import type { Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import type { Node } from '../model/check-tree.js';
import { parseCheck } from '../model/check-parse.js';
import { colTypes } from '../model/check-compile.js';
import { typeTree, type Ty } from '../model/check-types.js';

type V = null | number | string | boolean;

const plain = (v: Val): V => (v === null || typeof v !== 'object' ? v : 'num' in v ? Number(v.num) : 'date' in v ? v.date : 'ts' in v ? v.ts : v.bin);

/** Code-point order (JavaScript's < compares UTF-16 units, which puts some characters elsewhere). */
function order(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

function cmp(a: V, b: V, op: string): V {
  if (a === null || b === null) return null;
  const d = typeof a === 'string' && typeof b === 'string' ? order(a, b) : Number(a) - Number(b);
  return op === '=' ? d === 0 : op === '<>' ? d !== 0 : op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0;
}

/** A LIKE pattern as a regular expression: % any run, _ one character, \ escapes the next; case counts. */
function likeRe(p: string): RegExp {
  const chars = Array.from(p);
  const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let re = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') re += esc(chars[++i] ?? '');
    else re += c === '%' ? '.*' : c === '_' ? '.' : esc(c);
  }
  return new RegExp(`^${re}$`, 'su');
}

const and3 = (a: V, b: V): V => (a === false || b === false ? false : a === null || b === null ? null : true);
const or3 = (a: V, b: V): V => (a === true || b === true ? true : a === null || b === null ? null : false);
const not3 = (v: V): V => (v === null ? null : !v);
const num = (f: (x: number) => number) => (v: V): V => (v === null ? null : f(Number(v)));
const text = (f: (x: string) => V) => (v: V): V => (v === null ? null : f(String(v)));

function evalNode(n: Node, row: Record<string, Val>, types: Map<string, Ty>): V {
  const ev = (x: Node) => evalNode(x, row, types);
  const ty = (x: Node): Ty => { try { return typeTree(x, types, undefined, () => { throw new Error('untyped'); }); } catch { return 'unknown'; } };
  switch (n.k) {
    case 'col': return n.name in row ? plain(row[n.name]) : null;
    case 'num': return Number(n.text);
    case 'str': return n.value;
    case 'bool': return n.value;
    case 'null': return null;
    case 'not': return not3(ev(n.e));
    case 'neg': return num((x) => -x)(ev(n.e));
    case 'and': return and3(ev(n.l), ev(n.r));
    case 'or': return or3(ev(n.l), ev(n.r));
    case 'cmp': return cmp(ev(n.l), ev(n.r), n.op);
    case 'arith': {
      const [a, b] = [ev(n.l), ev(n.r)];
      if (a === null || b === null) return null;
      const [x, y] = [Number(a), Number(b)];
      const whole = ty(n.l) === 'int' && ty(n.r) === 'int';
      if ((n.op === '/' || n.op === '%') && y === 0) return null;
      switch (n.op) {
        case '+': return x + y;
        case '-': return x - y;
        case '*': return x * y;
        case '/': return whole ? Math.trunc(x / y) : x / y; // whole numbers: truncated, as every engine is made to
        case '%': return x % y;
      }
      return null;
    }
    case 'in': {
      const e = ev(n.e);
      const hits = n.list.map((x) => cmp(e, ev(x), '='));
      const v = hits.includes(true) ? true : hits.includes(null) || e === null ? null : false;
      return n.not ? not3(v) : v;
    }
    case 'between': {
      const e = ev(n.e);
      const v = and3(cmp(e, ev(n.lo), '>='), cmp(e, ev(n.hi), '<='));
      return n.not ? not3(v) : v;
    }
    case 'like': { const v = text((s) => likeRe(n.pattern).test(s))(ev(n.e)); return n.not ? not3(v) : v; }
    case 'isnull': { const v = ev(n.e) === null; return n.not ? !v : v; }
    case 'call': {
      const args = n.args.map(ev);
      switch (n.fn) {
        case 'length': return text((s) => Array.from(s).length)(args[0]);
        case 'lower': return text((s) => s.toLowerCase())(args[0]);
        case 'upper': return text((s) => s.toUpperCase())(args[0]);
        case 'trim': return text((s) => s.replace(/^ +| +$/g, ''))(args[0]);
        case 'abs': return num(Math.abs)(args[0]);
        case 'coalesce': return args.find((x) => x !== null) ?? null;
      }
    }
  }
  return null;
}

/** true / false / null (unknown) for `expr` over `row`; undefined when the expression cannot be read. */
export function evalCheck(expr: string, row: Record<string, Val>, t?: Pick<Table, 'name' | 'columns'>): boolean | null | undefined {
  try {
    const tree = parseCheck(expr, t ? t.columns.map((c) => c.name) : Object.keys(row), t?.name ?? 'seed');
    const v = evalNode(tree, row, t ? colTypes(t.columns) : new Map());
    return v === null ? null : !!v;
  } catch {
    return undefined;
  }
}
