/**
 * Split on a separator outside parentheses (so `enum(a|b)`, `ref(A, cascade)` stay whole) and, inside
 * `default(…)`/`check(…)` and the like, outside 'quoted text' too. Inside `enum(…)` a quote is an
 * ordinary character (enum values may hold one).
 */
export function splitTop(s: string, sep: string): string[] {
  if (!s.includes('(')) return s.split(sep); // depth 0 throughout, so no quote counts: every separator splits
  const out: string[] = [];
  let depth = 0, start = 0, quoted = false, literalQuotes = false;
  for (let i = 0; i < s.length; i++) { // by UTF-16 unit: the characters looked at are all ASCII
    const ch = s[i];
    if (quoted) {
      if (ch === "'") quoted = false;
      continue;
    }
    if (ch === "'" && depth > 0 && !literalQuotes) quoted = true;
    if (ch === '(') {
      if (depth === 0) literalQuotes = /enum\s*$/i.test(s.slice(start, i));
      depth++;
    }
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  out.push(s.slice(start));
  return out;
}
