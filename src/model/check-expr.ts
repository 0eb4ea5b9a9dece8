/**
 * check(expr): the one place the user writes SQL. It is parsed (check-parse.ts: pgsql-ast-parser into the
 * small tree of check-tree.ts), typed (check-types.ts) and printed per dialect (dialects/shared/check-print.ts);
 * this module keeps the two small entry points older callers use.
 */
import { parseCheck } from './check-parse.js';
import { columnsOf } from './check-tree.js';

const TOKEN = /\s+|'(?:[^']|'')*'|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|<>|!=|<=|>=|[=<>+\-*/%(),]/y;

/** The tokens of an expression (whitespace dropped); undefined at the first character that starts none. */
export function tokens(expr: string): string[] | undefined {
  const out: string[] = [];
  for (let pos = 0; pos < expr.length;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expr);
    if (!m) return undefined;
    if (m[0].trim()) out.push(m[0]);
    pos = TOKEN.lastIndex;
  }
  return out;
}

/** The columns an expression names; one line when it is not an expression this language accepts. */
export function checkColumns(expr: string, columns: string[], where: string): string[] {
  return columnsOf(parseCheck(expr, columns, where));
}
