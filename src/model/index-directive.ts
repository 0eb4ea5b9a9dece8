/**
 * `@index(a, b) where(expr)`, `@unique(a) where(expr)`, `@index(lower(email))`, `@unique(lower(email))`:
 * partial and expression indexes (issue 16). The plain forms (`@unique(a, b)`) stay where they were.
 */
import type { KeyedIndex } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { splitTop } from './split.js';
import { fieldName } from './naming.js';
import { tokens } from './check-expr.js';

const IDENT = /^[A-Za-z_][A-Za-z0-9_ -]*$/;

/** The text inside the parentheses that open at `open`, and what follows them; undefined when they never close. */
function group(s: string, open: number): [string, string] | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    if (ch === ')' && --depth === 0) return [s.slice(open + 1, i), s.slice(i + 1)];
  }
  return undefined;
}

/** A keyed index when the token is one (an expression part or a where(…)); undefined for the plain forms. */
export function keyedIndex(token: string, where: string): KeyedIndex | undefined {
  const m = /^@(index|unique)\s*\(/i.exec(token.trim());
  if (!m) return undefined;
  const t = token.trim();
  const g = group(t, m[0].length - 1);
  if (!g) return undefined;
  const [body, rest] = g;
  const what = `@${m[1].toLowerCase()}`;
  const parts = splitTop(body, ',').map((s) => s.trim()).filter(Boolean);
  const tail = rest.trim();
  const w = /^where\s*\((.*)\)$/is.exec(tail);
  if (tail && !w) fail(`${where}: ${what}(${body}) is followed by '${tail}'; only where(expr) may follow, e.g. ${what}(${body}) where(deleted_at IS NULL)`);
  if (parts.every((p) => IDENT.test(p)) && !w) return undefined;
  if (!parts.length) fail(`${where}: ${what}() names no column, e.g. ${what}(email) or ${what}(lower(email))`);
  const keys = parts.map((p) => (IDENT.test(p) ? fieldName(p, `${where} ${what}`) : expression(p, where, what)));
  if (new Set(keys).size !== keys.length) fail(`${where}: ${what}(${body}) names a key part twice`);
  const out: KeyedIndex = { unique: what === '@unique', keys };
  if (w) out.where = expression(w[1], where, 'where');
  return out;
}

function expression(raw: string, where: string, what: string): string {
  const e = raw.trim();
  if (!e) fail(`${where}: ${what}() is empty; write a SQL expression over the columns, e.g. where(returned_at IS NULL)`);
  if (!tokens(e) || /--|\/\*/.test(e)) fail(`${where}: ${what}: '${e}' is not an expression every engine reads alike (no ; -- " \` || or casts)`);
  return e;
}
