/** Parts (FKs, indexes, uniques, checks) of one existing table that go or come, and those that travel with a column. */
import type { Column, Table } from '../state/physical-schema.js';
import type { ColumnChange } from '../model/statements.js';
import { same } from './same.js';
import { PART_KINDS, ownerOf, partStatement, withPart, withoutPart, type Part, type PartKind, type Work } from './work.js';
import { lastFkIndex, type LateDrop } from './fk-index.js';

const colNames = (t: Table) => new Set(t.columns.map((c) => c.name));

/** The parts of `t` that belong to `col` alone and travel with its ADD/DROP COLUMN: first FK, index, unique; every check. */
export function owned(t: Table, col: string): Omit<ColumnChange, 'table' | 'column'> {
  const fk = t.foreignKeys.find((f) => f.column === col);
  const index = t.indexes.find((i) => ownerOf('indexes', i) === col);
  const unique = t.uniques.find((u) => ownerOf('uniques', u) === col);
  const checks = t.checks.filter((c) => c.column === col);
  return { ...(fk ? { fk } : {}), ...(index ? { index } : {}), ...(unique ? { unique } : {}), ...(checks.length ? { checks } : {}) };
}

const ownedNames = (t: Table, cols: Column[]) => new Set(cols.flatMap((c) => {
  const o = owned(t, c.name);
  return [o.fk, o.index, o.unique, ...(o.checks ?? [])].filter((x) => !!x).map((x) => x!.name);
}));

/** Parts of the current table that the next one lacks or has otherwise; `fks` picks FKs or the rest.
 *  `late` (engines whose FKs need a leading index): an FK's last such index is held back there. */
export function dropParts(w: Work, next: Table, fks: boolean, late?: LateDrop[]): void {
  const cur = w.get(next.name)!;
  const goneCols = cur.columns.filter((c) => !colNames(next).has(c.name));
  const riding = ownedNames(cur, goneCols);
  for (const kind of PART_KINDS.filter((k) => (k === 'foreignKeys') === fks)) {
    for (const p of (cur[kind] as Part[])) {
      const n = (next[kind] as Part[]).find((x) => x.name === p.name);
      if ((n && same(n, p)) || riding.has(p.name)) continue;
      if (late && !n && lastFkIndex(w.get(next.name)!, kind, p)) { late.push({ table: next.name, kind, part: p }); continue; }
      w.step(next.name, (t) => withoutPart(t, kind, p.name), (st) => partStatement(false, kind, next.name, p, st));
    }
  }
}

export const stripPart = (t: Table, p: Part): Table => withoutPart(t, PART_KINDS.find((k) => (t[k] as Part[]).some((x) => x === p))!, p.name);


export const isOwned = (o: Omit<ColumnChange, 'table' | 'column'>, p: Part) =>
  [o.fk, o.index, o.unique, ...(o.checks ?? [])].some((x) => x?.name === p.name);

/** Parts the next table has that the current one lacks (or has otherwise): checks, uniques, indexes, then FKs. */
export function addParts(w: Work, next: Table): void {
  for (const kind of ['checks', 'uniques', 'indexes', 'foreignKeys'] as PartKind[]) {
    for (const p of next[kind] as Part[]) {
      const cur = w.get(next.name)!;
      if ((cur[kind] as Part[]).some((x) => x.name === p.name)) continue;
      w.step(next.name, (t) => withPart(t, kind, p), (st) => partStatement(true, kind, next.name, p, st));
    }
  }
}
