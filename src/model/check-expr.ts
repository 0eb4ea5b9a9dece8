/**
 * check(expr): the one place the user writes SQL. It must be a boolean expression over the table's
 * columns that every engine reads the same way: columns, numbers, 'text', comparison and arithmetic
 * operators, AND/OR/NOT, IN, IS [NOT] NULL, BETWEEN, LIKE, and a few portable functions.
 */
import { fail } from '../cli/errors.js';

const WORDS = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'between', 'like', 'true', 'false',
  'length', 'lower', 'upper', 'trim', 'abs', 'coalesce']);
const TOKEN = /\s+|'(?:[^']|'')*'|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|<>|!=|<=|>=|[=<>+\-*/%(),]/y; // no ||: concatenation on PostgreSQL and SQLite, OR on MySQL

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'between', 'like', 'true', 'false']);

/** The expression as SQL: every column name quoted (a column may be called `order`), every 'text' written
 *  again by the dialect's one literal function (MySQL reads a backslash as an escape), the rest as written. */
export function renderCheck(expr: string, quote: (name: string) => string, literal: (text: string) => string): string {
  return expr.trim().replace(/'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_]*/g, (tok, at: number, all: string) => {
    if (tok.startsWith("'")) return literal(tok.slice(1, -1).replace(/''/g, "'"));
    if (KEYWORDS.has(tok.toLowerCase()) || /^\s*\(/.test(all.slice(at + tok.length))) return tok;
    return quote(tok.toLowerCase());
  });
}

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
  const e = expr.trim();
  const bad = (why: string): never => fail(`${where}: check(${e}) ${why}; write a boolean SQL expression over the columns, e.g. check(price >= 0)`);
  if (!e) bad('is empty');
  if (/--|\/\*/.test(e)) bad('holds a comment (-- or /*)');
  const used: string[] = [];
  let depth = 0;
  let pos = 0;
  TOKEN.lastIndex = 0;
  while (pos < e.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(e);
    if (!m) return bad(`has '${e.slice(pos, pos + 8)}', which is not part of an expression every engine reads alike (no ; -- " \` || or casts)`);
    const tok = m[0];
    pos = TOKEN.lastIndex;
    if (tok === '(') depth++;
    if (tok === ')' && --depth < 0) bad('closes a parenthesis it never opened');
    if (/^[A-Za-z_]/.test(tok)) {
      const low = tok.toLowerCase();
      if (columns.includes(low)) { used.push(low); continue; }
      if (WORDS.has(low)) continue;
      bad(`names '${tok}', which is neither a column (${columns.join(', ')}) nor one of ${[...WORDS].join(' ')}`);
    }
  }
  if (depth !== 0) bad('leaves a parenthesis open');
  if (!used.length) bad('names no column');
  return used;
}
