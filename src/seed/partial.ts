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

export class PartialBook {
  private seen = new Map<string, Set<string>>();

  /** Make `row` keep every partial unique of `t`; `redraw` gives another value for a column. */
  keep(t: Table, row: Record<string, Val>, redraw: (c: Column, attempt: number) => Val): void {
    const fixed = new Set([...t.primaryKey.columns, ...t.foreignKeys.map((f) => f.column)]);
    for (const ix of t.indexes.filter((i) => i.unique && i.where)) {
      const parts = ix.keys ?? ix.columns.filter((c) => !new RegExp(`\\b${c}\\b`, 'i').test(ix.where!) || ix.columns.length === 1);
      const keyCols = [...new Set(parts.flatMap((p) => read(ix, p)))];
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
