/** pgsql-ast-parser's expression tree mapped onto the small check tree; anything else refused in one line. */
import type { Expr } from 'pgsql-ast-parser';
import { ALLOWED, FUNCTIONS, type CmpOp, type Fn, type Node } from './check-tree.js';

export type Bad = (why: string) => never;
/** The canonical text handed to the parser, and each token's own text by its offset there. */
export interface Lexed { sql: string; at: Map<number, string> }

const CMP: Record<string, CmpOp> = { '=': '=', '<>': '<>', '!=': '<>', '<': '<', '>': '>', '<=': '<=', '>=': '>=' };

export function toNode(x: Expr, lx: Lexed, columns: string[], bad: Bad): Node {
  const go = (y: Expr) => toNode(y, lx, columns, bad);
  const loc = (y: Expr) => (y as { _location?: { start: number; end: number } })._location;
  switch (x.type) {
    case 'ref':
      if (x.table || x.name === '*') return bad(`names '${x.table ? `${x.table.name}.` : ''}${x.name}', which is not a column of this table`);
      if (!columns.includes(x.name)) return bad(`names '${x.name}', which is neither a column (${columns.join(', ')}) nor part of ${ALLOWED}`);
      return { k: 'col', name: x.name };
    case 'integer': case 'numeric': {
      const l = loc(x);
      return { k: 'num', text: (l ? lx.sql.slice(l.start, l.end) : String(x.value)).replace(/\s+/g, '') };
    }
    case 'string': {
      const l = loc(x);
      const raw = l ? lx.at.get(l.start) : undefined;
      if (!raw?.startsWith("'")) return bad('has text the engines would not read alike');
      return { k: 'str', value: raw.slice(1, -1).replace(/''/g, "'") };
    }
    case 'boolean': return { k: 'bool', value: x.value };
    case 'null': return { k: 'null' };
    case 'unary':
      if (x.op === 'NOT') return { k: 'not', e: go(x.operand) };
      if (x.op === '-') return { k: 'neg', e: go(x.operand) };
      if (x.op === '+') return go(x.operand);
      if (x.op === 'IS NULL' || x.op === 'IS NOT NULL') return { k: 'isnull', e: go(x.operand), not: x.op === 'IS NOT NULL' };
      return bad(`uses ${x.op}, which the engines do not read alike; write = true / = false, or IS [NOT] NULL`);
    case 'binary': {
      const op = x.op as string;
      if (op === 'AND' || op === 'OR') return { k: op === 'AND' ? 'and' : 'or', l: go(x.left), r: go(x.right) };
      if (CMP[op]) return { k: 'cmp', op: CMP[op], l: go(x.left), r: go(x.right) };
      if (['+', '-', '*', '/', '%'].includes(op)) return { k: 'arith', op: op as '+', l: go(x.left), r: go(x.right) };
      if (op === 'IN' || op === 'NOT IN') {
        if (x.right.type !== 'list') return bad(`uses ${op} without a list of values`);
        return { k: 'in', e: go(x.left), list: x.right.expressions.map(go), not: op === 'NOT IN' };
      }
      if (op === 'LIKE' || op === 'NOT LIKE') {
        const p = go(x.right);
        if (p.k !== 'str') return bad(`uses ${op} with a pattern that is not one 'text' (a pattern from a column means ` +
          `something different on each engine)`);
        return { k: 'like', e: go(x.left), pattern: p.value, not: op === 'NOT LIKE' };
      }
      return bad(`uses ${op}, which the engines do not read alike (allowed: ${ALLOWED})`);
    }
    case 'ternary':
      return { k: 'between', e: go(x.value), lo: go(x.lo), hi: go(x.hi), not: x.op === 'NOT BETWEEN' };
    case 'call': {
      const name = x.function.name.toLowerCase() as Fn;
      if (x.function.schema || !FUNCTIONS.includes(name) || x.distinct || x.orderBy || x.filter || x.over || x.withinGroup) {
        return bad(`calls ${x.function.name}(), which is not one of ${FUNCTIONS.join(', ')}`);
      }
      return { k: 'call', fn: name, args: x.args.map(go) };
    }
    default:
      return bad(`uses ${x.type.toUpperCase()}, which is not part of ${ALLOWED}`);
  }
}
