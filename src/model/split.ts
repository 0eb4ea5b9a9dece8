/**
 * Split on a separator outside parentheses (so `enum(a|b)`, `ref(A, cascade)` stay whole) and, inside
 * `default(…)`/`check(…)` and the like, outside 'quoted text' too. Inside `enum(…)` a quote is an
 * ordinary character (enum values may hold one).
 */
export function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '', quoted = false, literalQuotes = false;
  for (const ch of s) {
    if (quoted) {
      if (ch === "'") quoted = false;
      cur += ch;
      continue;
    }
    if (ch === "'" && depth > 0 && !literalQuotes) quoted = true;
    if (ch === '(') {
      if (depth === 0) literalQuotes = /enum\s*$/i.test(cur);
      depth++;
    }
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) { out.push(cur); cur = ''; } else cur += ch;
  }
  out.push(cur);
  return out;
}
