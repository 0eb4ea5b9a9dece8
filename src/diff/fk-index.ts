/**
 * Engines whose FKs need an index that leads with the FK's column (MySQL/MariaDB, caps.fkNeedsIndex):
 * an index or unique that is the last such index of a kept FK is dropped only after the new parts are
 * added (add the new index, then drop the old). The down, the inverse in reverse, mirrors it.
 */
import type { Table } from '../state/physical-schema.js';
import { partStatement, withoutPart, type Part, type PartKind, type Work } from './work.js';

export interface LateDrop { table: string; kind: PartKind; part: Part }

const lead = (p: Part): string | undefined => (p as { columns?: string[] }).columns?.[0];

/** True when dropping `p` now would leave an FK of `t` without an index that leads with its column. */
export function lastFkIndex(t: Table, kind: PartKind, p: Part): boolean {
  if (kind !== 'indexes' && kind !== 'uniques') return false;
  const col = lead(p);
  if (!col || !t.foreignKeys.some((fk) => fk.column === col)) return false;
  if (t.primaryKey.columns[0] === col) return false;
  return ![...t.indexes, ...t.uniques].some((x) => x.name !== p.name && x.columns[0] === col);
}

/** The drops held back, now that the new parts are there. */
export function dropLate(w: Work, late: LateDrop[]): void {
  for (const d of late) {
    w.step(d.table, (t) => withoutPart(t, d.kind, d.part.name), (st) => partStatement(false, d.kind, d.table, d.part, st));
  }
}
