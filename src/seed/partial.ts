/**
 * Partial uniques (issue 16, `@unique(a) where(expr)`): rows the predicate covers take each key once; a row that
 * would repeat a key gets other values — its predicate's columns first (a NULL `returned_at` becomes a date, so
 * the loan is a returned one), then its own key columns — never an FK, a key or a generated column.
 */
import type { Column, Index, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { evalCheck } from './check-eval.js';
import { fail } from '../cli/errors.js';

const COLUMN = /^[a-z_][a-z0-9_]*$/;
const norm = (v: Val) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v).toLowerCase().trimEnd());

/** The columns a key part reads (the column itself, or those named in the expression). */
const read = (ix: Index, part: string) => (COLUMN.test(part) ? [part] : ix.columns.filter((c) => new RegExp(`\\b${c}\\b`, 'i').test(part)));

/** The columns a partial unique's key reads (those its predicate does not name, unless it has one column only). */
export function partialKey(ix: Index): string[] {
  const parts = ix.keys ?? ix.columns.filter((c) => !new RegExp(`\\b${c}\\b`, 'i').test(ix.where!) || ix.columns.length === 1);
  return [...new Set(parts.flatMap((p) => read(ix, p)))];
}

/** The volume tier (rows made inside the engine, no book): a key column that is no FK nor key is made unique for
 *  every row; a key of FKs only whose predicate is `x IS NULL` gets x set on every row, so no row is covered. */
export function partialVolume(t: Table): { unique: string[]; filled: string[] } {
  const fixed = new Set([...t.primaryKey.columns, ...t.foreignKeys.map((f) => f.column)]);
  const out = { unique: [] as string[], filled: [] as string[] };
  for (const ix of t.indexes.filter((i) => i.unique && i.where)) {
    const own = partialKey(ix).filter((c) => !fixed.has(c));
    const isNull = /^\s*\(?\s*"?([a-z_][a-z0-9_]*)"?\s+IS\s+NULL\s*\)?\s*$/i.exec(ix.where!)?.[1]?.toLowerCase();
    if (own.length) out.unique.push(own[0]);
    else if (isNull && !fixed.has(isNull)) out.filled.push(isNull);
  }
  return out;
}

export class PartialBook {
  private seen = new Map<string, Set<string>>();

  /** Make `row` keep every partial unique of `t`; `redraw` gives another value for a column. */
  keep(t: Table, row: Record<string, Val>, redraw: (c: Column, attempt: number) => Val): void {
    const fixed = new Set([...t.primaryKey.columns, ...t.foreignKeys.map((f) => f.column)]);
    for (const ix of t.indexes.filter((i) => i.unique && i.where)) {
      const keyCols = partialKey(ix);
      const predCols = ix.columns.filter((c) => !keyCols.includes(c) && !fixed.has(c));
      const set = this.seen.get(`${t.name}.${ix.name}`) ?? new Set<string>();
      this.seen.set(`${t.name}.${ix.name}`, set);
      const key = () => JSON.stringify(keyCols.map((c) => (row[c] === null ? null : norm(row[c]))));
      const covered = () => evalCheck(ix.where!, row) === true && keyCols.every((c) => row[c] !== null);
      const movable = [...predCols, ...keyCols.filter((c) => !fixed.has(c))].map((n) => t.columns.find((c) => c.name === n)!);
      for (let attempt = 0; covered() && set.has(key()); attempt++) {
        if (attempt >= movable.length * 4) {
          fail(`seed: ${t.name}: rows keep repeating ${ix.name} (${keyCols.join(', ')} WHERE ${ix.where}); choose a smaller tier or widen the key`);
        }
        const c = movable[attempt % movable.length];
        row[c.name] = redraw(c, 1 + Math.floor(attempt / movable.length));
      }
      if (covered()) set.add(key());
    }
  }
}
