/**
 * The type of each part of a check tree, and the one meaning the language gives it: integer division
 * when both sides are whole, text compared by code point and case, length in characters. What an
 * engine cannot be made to mean the same is refused in one line naming it.
 */
import type { Node, Ty } from './check-tree.js';
import { keptByFloatNumeric } from './values.js';

export { tyOf, type Ty } from './check-tree.js';

/** What the tree may rely on per engine (from Caps). */
export interface CheckEngine { label: string; exactDecimal: boolean; unicodeCase: boolean }

const NUM: Ty[] = ['int', 'dec', 'float'];
const SHAPE: Partial<Record<Ty, RegExp>> = {
  date: /^\d{4}-\d{2}-\d{2}$/, time: /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, uuid: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/,
};
const INT64 = 9223372036854775807n;

/** Types every node; `no` is called with the reason a part has no single meaning (it never returns). */
export function typeTree(n: Node, cols: Map<string, Ty>, eng: CheckEngine | undefined, no: (why: string) => never): Ty {
  const ty = (x: Node) => typeTree(x, cols, eng, no);
  const isNum = (t: Ty) => NUM.includes(t);
  /** Two sides compared: the same class, or a 'text' literal read as the other side's date, time or uuid. */
  const comparable = (a: Node, b: Node, op: string): void => {
    const [ta, tb] = [ty(a), ty(b)];
    if (ta === 'null' || tb === 'null') no(`compares with NULL, which is never true; write IS NULL or IS NOT NULL`);
    if (ta === 'unknown' || tb === 'unknown' || (isNum(ta) && isNum(tb)) || ta === tb) {
      if (ta === 'other' || tb === 'other') no('compares a json or binary column, which the engines order differently');
      if ((ta === 'bool' || ta === 'uuid') && !['=', '<>'].includes(op)) no(`orders ` +
        `${ta === 'bool' ? 'booleans' : 'uuids'} with ${op}; only = and <> mean the same on every engine`);
      return;
    }
    const [col, lit] = tb === 'text' && b.k === 'str' ? [ta, b.value] : ta === 'text' && a.k === 'str' ? [tb, a.value] : ['', ''];
    if (col === 'datetime') no("compares a datetime with text, which PostgreSQL reads in the client's time zone; compare two columns instead");
    const shape = SHAPE[col as Ty];
    if (shape) {
      if (!shape.test(lit)) no(`compares a ${col} with '${lit}', which is not a ${col} every engine reads ` +
        `(${col === 'uuid' ? 'lower-case hex' : col === 'date' ? "'2024-01-31'" : "'09:30:00'"})`);
      if (col === 'uuid' && !['=', '<>'].includes(op)) no('orders uuids; only = and <> mean the same on every engine');
      return;
    }
    const say = (t: Ty) => (t === 'int' || t === 'dec' || t === 'float' ? 'a number' : t === 'text' ? 'text' : `a ${t}`);
    no(`compares ${say(ta)} with ${say(tb)}; each engine converts differently, so compare values of one type`);
  };
  switch (n.k) {
    case 'col': return cols.get(n.name) ?? 'unknown';
    case 'num':
      if (!n.text.includes('.') && (BigInt(n.text) > INT64 || BigInt(n.text) < -INT64 - 1n)) no(`has ${n.text}, beyond a 64-bit integer`);
      if (eng && !eng.exactDecimal && !keptByFloatNumeric(n.text)) no(`has ${n.text}, more than the 15 significant digits ${eng.label} keeps`);
      return n.text.includes('.') ? 'dec' : 'int';
    case 'str': return 'text';
    case 'bool': return 'bool';
    case 'null': return 'null';
    case 'not': case 'and': case 'or':
      for (const x of n.k === 'not' ? [n.e] : [n.l, n.r]) {
        const t = ty(x);
        if (t !== 'bool' && t !== 'unknown') no(`uses ${n.k.toUpperCase()} on ${t === 'null' ? 'NULL' : `a ${t}`}, which ` +
          `is not a condition (PostgreSQL refuses it, MySQL and SQLite read numbers as true)`);
      }
      return 'bool';
    case 'neg': { const t = ty(n.e); if (!isNum(t) && t !== 'unknown') no(`negates a ${t}`); return t; }
    case 'arith': {
      const [a, b] = [ty(n.l), ty(n.r)];
      for (const t of [a, b]) if (!isNum(t) && t !== 'unknown') no(`uses ${n.op} on ${t === 'text' ? 'text' : `a ${t}`}; arithmetic takes numbers`);
      if (n.op === '/' || n.op === '%') {
        if (a !== 'int' || b !== 'int') no(`uses ${n.op} on a decimal or float, which each engine rounds differently ` +
          `(MySQL keeps 4 more places); multiply instead, e.g. check(total >= qty * 2)`);
        const d = n.r.k === 'neg' ? n.r.e : n.r;
        if (d.k !== 'num' || /^-?0+$/.test(d.text)) no(`divides by ${d.k === 'num' ? 'zero' : 'a column'}: PostgreSQL ` +
          `stops on zero while MySQL and SQLite give NULL, which passes; multiply instead, e.g. check(a >= 2 * b)`);
      }
      if (eng && !eng.exactDecimal && (a === 'dec' || b === 'dec')) no(`computes with decimal values, which ${eng.label} ` +
        `does in floating point; compare the column itself, or keep integer cents`);
      return a === 'float' || b === 'float' ? 'float' : a === 'dec' || b === 'dec' ? 'dec' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'int';
    }
    case 'cmp': comparable(n.l, n.r, n.op); return 'bool';
    case 'in': for (const x of n.list) comparable(n.e, x, '='); return 'bool';
    case 'between': comparable(n.e, n.lo, '>='); comparable(n.e, n.hi, '<='); return 'bool';
    case 'isnull': ty(n.e); return 'bool';
    case 'like': {
      const t = ty(n.e);
      if (t !== 'text' && t !== 'unknown') no(`uses LIKE on ${t === 'null' ? 'NULL' : `a ${t}`}; LIKE takes text`);
      if (/(^|[^\\])(\\\\)*\\$/.test(n.pattern)) no(`ends its LIKE pattern with a lone backslash (\\ escapes the next character: \\% \\_ \\\\)`);
      return 'bool';
    }
    case 'call': {
      const ts = n.args.map(ty);
      const one = (want: Ty[], what: string) => {
        if (ts.length !== 1) no(`calls ${n.fn}() with ${ts.length} arguments; it takes one`);
        if (!want.includes(ts[0]) && ts[0] !== 'unknown') no(`calls ${n.fn}() on ${ts[0] === 'null' ? 'NULL' : `a ${ts[0]}`}; it takes ${what}`);
        return ts[0];
      };
      if (n.fn === 'length') { one(['text'], 'text'); return 'int'; }
      if (n.fn === 'abs') return one(NUM, 'a number');
      if (n.fn === 'trim') return one(['text'], 'text');
      if (n.fn === 'lower' || n.fn === 'upper') {
        if (eng && !eng.unicodeCase) no(`calls ${n.fn}(), which on ${eng.label} changes only A-Z while PostgreSQL and ` +
          `MySQL change every letter; compare with the values you allow (IN, LIKE)`);
        return one(['text'], 'text');
      }
      if (!ts.length) no('calls coalesce() with no arguments');
      const known = ts.filter((t) => t !== 'null' && t !== 'unknown');
      if (known.some((t) => t !== known[0] && !(isNum(t) && isNum(known[0])))) no('calls coalesce() with values of different types');
      return known[0] ?? 'unknown';
    }
  }
}
