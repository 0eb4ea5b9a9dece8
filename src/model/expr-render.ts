/**
 * Index expressions (a where(…) predicate, a key part such as lower(email)) as SQL: every column name
 * quoted, every 'text' written again by the dialect's literal function, the rest as written. Their
 * columns are checked by the check(expr) parser (check-expr.ts checkColumns) when the model compiles.
 */
const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'between', 'like', 'true', 'false']);

export function renderExpr(expr: string, quote: (name: string) => string, literal: (text: string) => string): string {
  return expr.trim().replace(/'(?:[^']|'')*'|[A-Za-z_][A-Za-z0-9_]*/g, (tok, at: number, all: string) => {
    if (tok.startsWith("'")) return literal(tok.slice(1, -1).replace(/''/g, "'"));
    if (KEYWORDS.has(tok.toLowerCase()) || /^\s*\(/.test(all.slice(at + tok.length))) return tok;
    return quote(tok.toLowerCase());
  });
}
