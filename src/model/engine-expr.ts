/**
 * default(expr(…)) outside the shared language (issue 16): one engine's own SQL, taken as written once that engine
 * ran it (io/expr-check.ts runs it, asynchronously, before the plan is written). This file is the synchronous half:
 * the text guard (one expression, no way out of its parentheses), and what each run found. Compiling an expression
 * not run yet notes it as pending and goes on; the writer runs the pending ones and plans again, so a refusal is
 * raised where every other refusal of the design is.
 */
import type { ColType } from '../state/model-schema.js';
import { fail } from '../base/errors.js';

export interface EngineExpr { engine: string; type: ColType; nullable: boolean; expr: string; where: string }

/** What a default(expr(…)) may be when it is no shared expression, in the refusals. */
export const SHARED = "the shared forms (numbers, 'text', + - * / %, length lower upper trim abs coalesce)";

const ran = new Map<string, true | string>(); // key → true (the engine ran it), or why the engine refused it
const pending = new Map<string, EngineExpr>();
const keyOf = (x: Omit<EngineExpr, 'where'>) => JSON.stringify([x.engine, x.type, x.nullable, x.expr.trim()]);
export const shortExpr = (e: string) => (e.length > 60 ? `${e.slice(0, 57)}...` : e);

/** Why `e` cannot be sent to an engine inside `DEFAULT (…)`, or undefined: a quote-aware scan of the text. */
export function engineTextProblem(e: string): string | undefined {
  if (e.length > 400) return 'is longer than 400 characters';
  if (/[\u0000-\u001F\u007F]/.test(e)) return 'has a line break or a control character';
  if (e.includes('\\')) return 'has a backslash (the engines read it differently inside text)';
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    const c = e[i];
    if (c === "'" || c === '"' || c === '`') { // a quoted text or name: to its closing quote (a doubled one stays inside)
      let j = i + 1;
      for (; j < e.length; j++) if (e[j] === c) { if (e[j + 1] === c) j++; else break; }
      if (j >= e.length) return `has a ${c} that is not closed`;
      i = j;
      continue;
    }
    const two = e.slice(i, i + 2);
    if (c === ';') return "has ';' (one expression, not statements)";
    if (two === '--' || two === '/*' || two === '*/' || c === '#') return `has '${c === '#' ? '#' : two}' (no comments)`;
    if (c === '$') return "has '$' (no dollar quoting or parameters)";
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return 'closes a parenthesis it did not open';
  }
  return depth ? 'leaves a parenthesis open' : undefined;
}

/** An engine expression in a compiled column: taken when its engine ran it, refused with the engine's word, else pending. */
export function requireRan(x: EngineExpr): void {
  const r = ran.get(keyOf(x));
  if (r === true) return;
  if (r !== undefined) fail(`${x.where}: default(expr(${shortExpr(x.expr.trim())})) ${r}`);
  pending.set(keyOf(x), x);
}

/** What the engine said of one expression (true: it ran, and a row read the default back). */
export function recordRun(x: Omit<EngineExpr, 'where'>, result: true | string): void {
  ran.set(keyOf(x), result);
  pending.delete(keyOf(x));
}

/** Every pending expression taken as run: db-import's defaults, read from the catalog of the engine that holds
 *  them as column defaults (it ran each one when the column was made; running it again proves nothing more). */
export function trustPending(): void {
  for (const x of takePending()) ran.set(keyOf(x), true);
}

/** The expressions compiled since the last call and not run yet (the list is emptied). */
export function takePending(): EngineExpr[] {
  const all = [...pending.values()];
  pending.clear();
  return all;
}
