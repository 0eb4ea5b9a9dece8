/**
 * Rows a check(expr) accepts: a row the expression rejects gets its column redrawn, then the values the
 * expression and the column's default suggest (its constants, neighbours and midpoints); if none is
 * accepted the seed stops with one line naming the column that needs a value.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { evalCheck } from './check-eval.js';
import { tokens } from '../model/check-expr.js';
import { fail } from '../cli/errors.js';
import { numberProblem } from '../model/values.js';

const REDRAWS = 12;

function suggestions(expr: string, c: Column): unknown[] {
  const toks = tokens(expr) ?? [];
  const nums = toks.filter((x) => /^\d/.test(x)).map(Number);
  const mids = nums.flatMap((a, i) => nums.slice(i + 1).map((b) => (a + b) / 2));
  const texts = toks.filter((x) => x.startsWith("'")).map((x) => x.slice(1, -1).replace(/''/g, "'"));
  const dflt = c.default?.kind === 'value' ? [c.default.value] : [];
  return [...dflt, ...mids, ...nums.flatMap((n) => [n, n + 1, n - 1, n + 0.5]), ...texts];
}

/** A suggestion as a value of the column's type (undefined: it cannot be one). */
function asVal(v: unknown, c: Column): Val | undefined {
  const t = c.type;
  if (typeof v === 'boolean') return t.kind === 'boolean' ? v : undefined;
  if (typeof v === 'number') {
    if (['smallint', 'integer', 'bigint'].includes(t.kind)) return Number.isInteger(v) && !numberProblem(String(v), t, t.kind) ? v : undefined;
    if (t.kind === 'decimal') { // a suggestion past the column's digits would not load
      const text = v.toFixed(t.scale);
      return numberProblem(text, t, 'decimal') ? undefined : { num: text };
    }
    return t.kind === 'float' ? v : undefined;
  }
  if (typeof v !== 'string') return undefined;
  if (t.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { date: v } : undefined;
  if (t.kind === 'enum') return t.values.includes(v) ? v : undefined;
  if (t.kind === 'string' || t.kind === 'char') return Array.from(v).length <= t.length ? v : undefined;
  return t.kind === 'text' ? v : undefined;
}

/** Make `row` pass every check(expr) of `t`; `redraw` gives another value for a column. */
export function satisfyChecks(t: Table, row: Record<string, Val>, redraw: (c: Column, attempt: number) => Val): void {
  for (const check of t.checks.filter((c) => c.rule === 'expr' && c.expr)) {
    const ok = () => evalCheck(check.expr!, row, t) !== false;
    if (ok()) continue;
    const col = t.columns.find((c) => c.name === check.column)!;
    let done = false;
    for (let attempt = 1; attempt <= REDRAWS && !done; attempt++) {
      row[col.name] = redraw(col, attempt);
      done = ok();
    }
    for (const s of suggestions(check.expr!, col)) {
      if (done) break;
      const v = asVal(s, col);
      if (v === undefined) continue;
      row[col.name] = v;
      done = ok();
    }
    if (!done) {
      fail(`seed: ${t.name}.${col.name} has check(${check.expr}) and no value the seed can make meets it; give ${col.name} a default(…) the check accepts`);
    }
  }
}
