/**
 * The parts of an entity line the engine's catalog says through db-scaffold's own constructs: the automatic
 * timestamps (`@timestamps(both|created)`), a kept-current `updated_at` (`auto`), comments (`doc`, `@doc`),
 * the id's generation and partial or expression indexes (`@unique(lower(email))`, `… where(…)`), each asked of the
 * dialect's recognition (dialects/<engine>/recognise.ts). Whatever the line does not take stays with the residue.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { ImportHints, KeyLike } from '../dialects/import-hints.js';
import type { DialectId } from '../dialects/dialect.js';
import { buildModel, compileFor } from '../core/design.js';
import { IDENT } from './recognise.js';

export const quoteDoc = (s: string) => `doc('${s.replace(/'/g, "''")}')`;

export interface Timestamps { mode: 'both' | 'created' | 'none'; skip: Set<string>; keptCurrent: boolean }

/** `@timestamps(both)` where the table ends in the automatic created_at, updated_at (kept current); else none. */
export function timestampsOf(c: Catalog, t: CatTable, h: ImportHints | undefined): Timestamps {
  const keptCurrent = !!h?.keptCurrent(c, t);
  const cols = t.columns.filter((x) => !x.generated);
  const [a, b] = cols.slice(-2);
  const auto = (x: typeof a | undefined, name: string) => !!x && x.name === name && !x.comment && !!h?.automaticTimestamp(x);
  if (keptCurrent && auto(a, 'created_at') && auto(b, 'updated_at')) {
    return { mode: 'both', skip: new Set(['created_at', 'updated_at']), keptCurrent };
  }
  if (auto(b, 'created_at') && !t.columns.some((x) => x.name === 'updated_at')) return { mode: 'created', skip: new Set(['created_at']), keptCurrent };
  return { mode: 'none', skip: new Set(), keptCurrent };
}

/** The uniques and indexes the dialect reads as keyed (`@unique(…) where(…)`), each with its item; not those named in
 *  `unkeyed` (`<table> <name>`: the baseline made them otherwise, so the residue makes them from their own text). */
export function keyedOf(t: CatTable, h: ImportHints | undefined, unkeyed: Set<string>): Map<object, string> {
  const out = new Map<object, string>();
  const one = (orig: object & { name: string }, k: KeyLike) => {
    const p = unkeyed.has(`${t.name} ${orig.name}`) ? undefined : h?.keyed(t, k);
    if (p) out.set(orig, `@${p.unique ? 'unique' : 'index'}(${p.keys.join(', ')})${p.where !== undefined ? ` where(${p.where})` : ''}`);
  };
  for (const u of t.uniques) one(u, { ...u, unique: true });
  for (const i of t.indexes) one(i, i);
  return out;
}

/** Does the language take this entity line (refs stood in for by plain keys)? */
export function accepts(line: string, db: DialectId): boolean {
  try {
    const entities = line.replace(/:ref\([^)]*\)/g, ':bigint');
    compileFor(buildModel({ entities, relations: [] }), { db, scale: 'team', timestamps: 'none' });
    return true;
  } catch {
    return false;
  }
}

const nonneg = (col: string, expr: string) => new RegExp(`^\\(*[\`"]?${col}[\`"]?\\s*>=\\s*0\\)*$`).test(expr.trim());

/** Each CHECK on one column as its field's `check(expr)` where the language takes it; `col >= 0` as `nonneg`
 *  (`unsigned` on an unsigned column: MySQL/MariaDB's INT UNSIGNED with the CHECK the language gives it). */
export function withChecks(t: CatTable, items: string[], name: string, db: DialectId): void {
  for (const ck of t.checks) {
    const col = t.columns.find((c) => new RegExp(`\\b${c.name}\\b`).test(ck.expr));
    const at = col && IDENT.test(col.name) ? items.findIndex((i) => i.startsWith(`${col.name}:`)) : -1;
    if (at < 0) continue;
    const word = nonneg(col!.name, ck.expr) ? (col!.unsigned ? 'unsigned' : 'nonneg') : undefined;
    const withCheck = `${items[at]}:${word ?? `check(${ck.expr.replace(/^\((.*)\)$/s, '$1')})`}`;
    const others = items.filter((_, i) => i !== at);
    if (accepts(`${name}: ${[withCheck, ...others].join(', ')}, @timestamps(none)`, db)) items[at] = withCheck;
  }
}
