/**
 * Consistency along FK paths. Two paths from a table agree when they reach the same table through
 * columns of the same name:
 *  - a triangle: fines.member_id and fines.loan_id → loans.member_id: the fine's member is the loan's member;
 *  - a diamond: invoice_lines.invoice_id → invoices.organization_id and invoice_lines.product_id →
 *    products.organization_id: the line's product is one of the invoice's organization.
 * (comments.user_id and comments.post_id → posts.author_id differ in name: a commenter is anyone.)
 */
import type { ForeignKey, Schema, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { uniqueColumns } from './unique.js';

/** What the plan remembers of each row it made: its creation instant and its FK values (row ids). */
export interface RowFacts { created: string; refs: Record<string, Val> }
export type Facts = Map<string, Map<number, RowFacts>>;

export interface Triangle { kind: 'triangle'; fk: ForeignKey; via: ForeignKey; far: ForeignKey }
export interface Diamond { kind: 'diamond'; fk: ForeignKey; other: ForeignKey; mine: ForeignKey; theirs: ForeignKey }
export type Path = Triangle | Diamond;

const tableOf = (s: Schema, n: string) => s.tables.find((x) => x.name === n);

/** The paths of `t` that must agree (only through tables created before `t`; a unique key is left alone). */
export function pathsOf(schema: Schema, t: Table): Path[] {
  const before = (n: string) => schema.tables.findIndex((x) => x.name === n) < schema.tables.indexOf(t);
  const fks = t.foreignKeys.filter((f) => f.refTable !== t.name && before(f.refTable));
  const unique = uniqueColumns(t);
  const out: Path[] = [];
  for (const fk of fks.filter((f) => !unique.has(f.column))) {
    for (const via of fks.filter((f) => f !== fk && f.refTable !== fk.refTable)) {
      const far = tableOf(schema, via.refTable)?.foreignKeys.find((f) => f.refTable === fk.refTable && f.column === fk.column);
      if (far && !out.some((p) => p.fk === fk)) out.push({ kind: 'triangle', fk, via, far });
    }
  }
  for (const fk of fks.filter((f) => !unique.has(f.column) && !out.some((p) => p.fk === f || (p.kind === 'triangle' && p.via === f)))) {
    for (const other of fks.filter((f) => f !== fk && f.refTable !== fk.refTable && !out.some((p) => p.fk === f))) {
      const mine = tableOf(schema, fk.refTable)?.foreignKeys.find((m) => m.refTable !== fk.refTable
        && tableOf(schema, other.refTable)?.foreignKeys.some((o) => o.refTable === m.refTable && o.column === m.column));
      const theirs = mine && tableOf(schema, other.refTable)!.foreignKeys.find((o) => o.refTable === mine.refTable && o.column === mine.column);
      if (mine && theirs && !out.some((p) => p.fk === fk)) out.push({ kind: 'diamond', fk, other, mine, theirs });
    }
  }
  return out;
}

/**
 * Make one row's FK values (`refs`, row ids) agree along `paths`; `pick(list)` chooses one of several
 * candidates the seeded way. A triangle copies the far value; a diamond keeps to candidates of the same
 * far row, re-picking the other side when the chosen one has none.
 */
export function agree(paths: Path[], refs: Record<string, Val>, facts: Facts, pick: (xs: number[]) => number): void {
  for (const p of paths) {
    if (p.kind === 'triangle') {
      const via = facts.get(p.via.refTable)?.get(refs[p.via.column] as number);
      const v = via?.refs[p.far.column];
      if (v !== undefined && v !== null) refs[p.fk.column] = v;
      continue;
    }
    const mineRows = facts.get(p.fk.refTable);
    const theirRows = facts.get(p.other.refTable);
    if (!mineRows || !theirRows || refs[p.other.column] === null) continue;
    const candidates = (far: Val) => [...theirRows].filter(([, r]) => far !== null && r.refs[p.theirs.column] === far).map(([id]) => id);
    const farOf = (id: Val) => (id === null ? null : mineRows.get(id as number)?.refs[p.mine.column] ?? null);
    let got = candidates(farOf(refs[p.fk.column]));
    if (!got.length) {
      const alt = [...mineRows.keys()].filter((id) => candidates(farOf(id)).length);
      if (!alt.length) continue;
      refs[p.fk.column] = pick(alt);
      got = candidates(farOf(refs[p.fk.column]));
    }
    if (!got.includes(refs[p.other.column] as number)) refs[p.other.column] = pick(got);
  }
}
