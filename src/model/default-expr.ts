/**
 * default(expr(…)) (issue 16): an expression the engines share as a column's default. The check(expr) parser
 * reads it into the same tree (check-parse.ts), it is typed against the column (with the engine's caps at
 * compile time), and each dialect prints it through check-print.ts in parentheses — the form MySQL 8.0.13+,
 * MariaDB 10.2+, SQLite and PostgreSQL all take for an expression default. An expression outside that language is
 * the engine's own SQL (engine-expr.ts): guarded as text, printed as written, taken once the engine ran it.
 */
import type { Caps } from './caps.js';
import type { ColType, Default } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { parseCheck } from './check-parse.js';
import { tyOf, type Node, type Ty } from './check-tree.js';
import { typeTree } from './check-types.js';
import { typeText } from './types.js';
import type { Schema } from '../state/physical-schema.js';
import { engineTextProblem, recordRun, requireRan, SHARED, shortExpr } from './engine-expr.js';

const INSTEAD = "instead write the value itself (default(5), default('text')), one of default(now), default(today) or "
  + 'default(uuid), or set it where the row is written';
const WORD: Partial<Record<Ty, string>> = {
  int: 'a whole number', dec: 'a decimal', float: 'a number', text: 'text', date: 'a date', time: 'a time', datetime: 'a datetime', uuid: 'a uuid',
};
const FITS: Partial<Record<Ty, Ty[]>> = { dec: ['int', 'dec'], float: ['int', 'dec', 'float'] };

const badFor = (e: string, where: string) => (why: string): never => fail(`${where}: default(expr(${shortExpr(e)})) ${why}; ${INSTEAD}`);
class NotShared extends Error { constructor(readonly why: string) { super(why); } }

/** The tree of a shared default expression, typed for `t` (and for the engine when `caps` is given); undefined for
 *  an engine's own SQL (its text guarded here, run by its engine before the plan is written); one line when refused. */
export function defaultTree(expr: string, t: ColType, where: string, caps?: Caps): Node | undefined {
  const e = expr.trim();
  const bad = badFor(e, where);
  if (!e) bad('is empty');
  let tree: Node;
  try {
    tree = parseCheck(e, [], where, (why) => { throw new NotShared(why); });
  } catch (x) {
    if (!(x instanceof NotShared)) throw x;
    if (/^names '/.test(x.why)) bad(`${x.why.replace(/, which is neither[\s\S]*$/, '')}: a default cannot read a column`);
    const why = engineTextProblem(e);
    if (why) fail(`${where}: default(expr(${shortExpr(e)})) ${why}; allowed: ${SHARED}, or one expression of the engine`);
    return undefined;
  }
  const eng = caps && { label: caps.engine ?? 'this engine', exactDecimal: caps.exactDecimal !== false, unicodeCase: caps.unicodeCase !== false };
  const got = typeTree(tree, new Map(), eng, bad);
  const want = tyOf(t);
  if (got === 'null') bad('is NULL; an optional field takes default(null)');
  if (got === 'bool' && want !== 'bool') bad(`is a condition (true or false), and ${typeText(t)} is not boolean`);
  if (got !== 'unknown' && got !== want && !(FITS[want] ?? []).includes(got)) bad(`is ${WORD[got] ?? got}, and ${typeText(t)} takes ${WORD[want] ?? 'none'}`);
  return tree;
}

/** `expr(…)` inside default(…): the design's default. */
export function parseDefaultExpr(body: string, t: ColType, where: string): Default {
  defaultTree(body, t, where);
  return { kind: 'expr', expr: body.trim() };
}

/** The compiled column's default: an expression is typed again with the engine's caps (what it cannot mean alike). */
export function compiledDefault(d: Default, t: ColType, caps: Caps, where: string, nullable = false): Default {
  if (d.kind === 'expr' && !defaultTree(d.expr, t, where, caps)) {
    requireRan({ engine: caps.engine ?? 'the engine', type: t, nullable, expr: d.expr, where });
  }
  return d;
}

/** The engine expressions of a saved snapshot ran when it was written: later runs take them without running again. */
export function trustSaved(schema: Schema, caps: Caps): void {
  for (const c of schema.tables.flatMap((t) => t.columns)) {
    if (c.default?.kind !== 'expr' || defaultTree(c.default.expr, c.type, c.name)) continue;
    recordRun({ engine: caps.engine ?? 'the engine', type: c.type, nullable: c.nullable, expr: c.default.expr }, true);
  }
}
