/**
 * Evaluates a check(expr) of the language over one planned row, with SQL's three-valued logic (NULL:
 * unknown, which a CHECK lets through), so the seed writes only rows the engine's CHECK accepts.
 */
import { tokens } from '../model/check-expr.js';
import type { Val } from './types.js';

type V = null | number | string | boolean;

const plain = (v: Val): V => (v === null || typeof v !== 'object' ? v : 'num' in v ? Number(v.num) : 'date' in v ? v.date : 'ts' in v ? v.ts : v.bin);
const FUNCS: Record<string, (a: V[]) => V> = {
  length: ([x]) => (x === null ? null : String(x).length), lower: ([x]) => (x === null ? null : String(x).toLowerCase()),
  upper: ([x]) => (x === null ? null : String(x).toUpperCase()), trim: ([x]) => (x === null ? null : String(x).trim()),
  abs: ([x]) => (x === null ? null : Math.abs(Number(x))), coalesce: (a) => a.find((x) => x !== null) ?? null,
};
const cmp = (a: V, b: V, op: string): V => {
  if (a === null || b === null) return null;
  const [x, y] = typeof a === 'number' || typeof b === 'number' ? [Number(a), Number(b)] : [String(a), String(b)];
  return op === '=' ? x === y : op === '<>' || op === '!=' ? x !== y : op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
};
const like = (s: V, p: V): V => (s === null || p === null ? null
  : new RegExp(`^${String(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.')}$`, 's').test(String(s)));
const not = (v: V): V => (v === null ? null : !v);

/** true / false / null (unknown) for `expr` over `row`; undefined when the expression is beyond this evaluator. */
export function evalCheck(expr: string, row: Record<string, Val>): boolean | null | undefined {
  const toks = tokens(expr);
  if (!toks) return undefined;
  let i = 0;
  const cur = (): string | undefined => toks[i];
  const peek = (w: string) => toks[i]?.toLowerCase() === w;
  const eat = (w: string) => { if (!peek(w)) throw new Error(`expected ${w}`); i++; };
  const or = (): V => { let v = and(); while (peek('or')) { i++; const r = and(); v = v === true || r === true ? true : v === null || r === null ? null : false; } return v; };
  const and = (): V => { let v = neg(); while (peek('and')) { i++; const r = neg(); v = v === false || r === false ? false : v === null || r === null ? null : true; } return v; };
  const neg = (): V => (peek('not') ? (i++, not(neg())) : compare());
  const compare = (): V => {
    const a = add();
    const op = cur()?.toLowerCase();
    if (op && ['=', '<>', '!=', '<', '>', '<=', '>='].includes(op)) { i++; return cmp(a, add(), op); }
    if (op === 'is') { i++; const n = peek('not') ? (i++, true) : false; eat('null'); return n ? a !== null : a === null; }
    const negate = op === 'not' ? (i++, true) : false;
    const w = cur()?.toLowerCase();
    let v: V;
    if (w === 'in') { i++; eat('('); const xs = [add()]; while (peek(',')) { i++; xs.push(add()); } eat(')'); v = a === null ? null : xs.some((x) => cmp(a, x, '=') === true) ? true : xs.includes(null) ? null : false; }
    else if (w === 'between') { i++; const lo = add(); eat('and'); const hi = add(); const l = cmp(a, lo, '>='), h = cmp(a, hi, '<='); v = l === false || h === false ? false : l === null || h === null ? null : true; }
    else if (w === 'like') { i++; v = like(a, add()); }
    else if (negate) throw new Error('not what?');
    else return a;
    return negate ? not(v) : v;
  };
  const add = (): V => {
    let v = mul();
    for (let op = cur(); op === '+' || op === '-'; op = cur()) {
      i++; const r = mul();
      v = v === null || r === null ? null : op === '+' ? Number(v) + Number(r) : Number(v) - Number(r);
    }
    return v;
  };
  const mul = (): V => {
    let v = unary();
    for (let op = cur(); op === '*' || op === '/' || op === '%'; op = cur()) {
      i++; const r = unary();
      v = v === null || r === null ? null : op === '*' ? Number(v) * Number(r) : op === '/' ? Number(v) / Number(r) : Number(v) % Number(r);
    }
    return v;
  };
  const unary = (): V => (peek('-') ? (i++, ((x) => (x === null ? null : -Number(x)))(unary())) : primary());
  const primary = (): V => {
    const t = toks[i++];
    if (t === undefined) throw new Error('end');
    if (t === '(') { const v = or(); eat(')'); return v; }
    if (/^\d/.test(t)) return Number(t);
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    const w = t.toLowerCase();
    if (w === 'null') return null;
    if (w === 'true' || w === 'false') return w === 'true';
    if (FUNCS[w] && peek('(')) { i++; const args = peek(')') ? [] : [or()]; while (peek(',')) { i++; args.push(or()); } eat(')'); return FUNCS[w](args); }
    return w in row ? plain(row[w]) : null;
  };
  try {
    const v = or();
    return i === toks.length ? (v === null ? null : !!v) : undefined;
  } catch {
    return undefined;
  }
}
