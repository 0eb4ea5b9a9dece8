/**
 * check(expr) parsed, not tokenised: a lexical gate (only columns, numbers, 'text', operators and
 * parentheses), every word that names a column quoted (a column may be called `order` or `true`), then
 * pgsql-ast-parser reads the grammar and the result is mapped onto the small tree of check-tree.ts.
 */
import { createRequire } from 'node:module';
import type { Expr } from 'pgsql-ast-parser';
import { fail } from '../base/errors.js';
import { ALLOWED, type Node } from './check-tree.js';
import { toNode, type Bad, type Lexed } from './check-map.js';

const TOKEN = /\s+|'(?:[^']|'')*'|\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|<>|!=|<=|>=|[=<>+\-*/%(),]/y;
/** Words that are always the operator, never a column (a column so named cannot appear in a check). */
const OPERATORS = new Set(['and', 'or', 'not', 'in', 'is', 'between', 'like', 'ilike', 'escape', 'similar']);
const MAX_NESTING = 64;
/** The grammar (~280 KB) is read on the first check(expr), not with every run of the bin. */
let grammar: typeof import('pgsql-ast-parser') | undefined;
const parseExpr = (sql: string): unknown =>
  (grammar ??= createRequire(import.meta.url)('pgsql-ast-parser') as typeof import('pgsql-ast-parser'))
    .parse(sql, { entry: 'expr', locationTracking: true });

function lex(e: string, columns: string[], bad: Bad): Lexed {
  const parts: string[] = [];
  const at = new Map<number, string>();
  let len = 0;
  let depth = 0;
  for (let pos = 0, prev = ''; pos < e.length;) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(e);
    if (!m) bad(`has '${e.slice(pos, pos + 8)}', which is not part of an expression every engine reads alike (no ; -- " \` || :: or casts)`);
    const tok = m![0];
    pos = TOKEN.lastIndex;
    const next = e[pos] ?? '';
    if (/^\d/.test(tok) && /[A-Za-z_.'0-9]/.test(next)) bad(`has '${tok}${e.slice(pos, pos + 6)}': a number runs into a ` +
      `word (write a space, or the number alone)`);
    if (/^[A-Za-z_]/.test(tok) && next === "'") bad(`has '${tok}'${e.slice(pos, pos + 6)}': a word runs into a quote ` +
      `(prefixed strings such as e'…' are not portable)`);
    if (!tok.trim()) continue;
    if (tok === '(' && ++depth > MAX_NESTING) bad(`nests parentheses deeper than ${MAX_NESTING}`);
    if (tok === ')') depth--;
    const low = tok.toLowerCase();
    const afterIs = prev === 'is' || prev === 'is not';
    const isCol = /^[a-z_]/.test(low) && columns.includes(low) && !OPERATORS.has(low) && !afterIs && e.slice(pos).trimStart()[0] !== '(';
    const text = isCol ? `"${low}"` : tok === '!=' ? '<>' : tok;
    if (len) { parts.push(' '); len++; }
    at.set(len, tok);
    parts.push(text);
    len += text.length;
    prev = low === 'not' && prev === 'is' ? 'is not' : low;
  }
  return { sql: parts.join(''), at };
}

/** The one line a refused check(expr) gets: where, the expression (shortened), why, and what to write. */
export const checkBad = (e: string, where: string): Bad => (why) =>
  fail(`${where}: check(${e.length > 80 ? `${e.slice(0, 77)}...` : e}) ${why}; write a boolean SQL expression over the ` +
    `columns, e.g. check(price >= 0)`);

/** The tree of `expr` over `columns` (lower-case names); one line naming `where` (or `bad`'s) when it is not one. */
export function parseCheck(expr: string, columns: string[], where: string, said?: Bad): Node {
  const e = expr.trim();
  const bad = said ?? checkBad(e, where);
  if (!e) bad('is empty');
  if (/--|\/\*/.test(e)) bad('holds a comment (-- or /*)');
  const lexed = lex(e, columns, bad);
  let tree: Expr;
  try {
    const got = parseExpr(lexed.sql);
    tree = (Array.isArray(got) ? got[0] : got) as Expr;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const col = /col (\d+)/.exec(msg);
    const near = col ? ` near '${lexed.sql.slice(Number(col[1]) - 1, Number(col[1]) + 9).replace(/"/g, '')}'` : ' at its end';
    return bad(`is not a complete expression${near} (allowed: ${ALLOWED})`);
  }
  return toNode(tree, lexed, columns, bad);
}
