/** The relation kinds of one pair as the matrix shows them, and the FK actions (ON DELETE) to pick from. */
import pluralize from 'pluralize';
import type { Relation } from '../state/model-schema.js';
import type { Choice } from './choices.js';

const an = (w: string) => `${/^[AEIO]/.test(w) ? 'an' : 'a'} ${w}`; // "a User", "an Owner"
const many = (w: string) => pluralize.plural(w);

/** A pair's kinds: `a-b` = one A has many B (B holds the FK). A self pair has no second direction. */
export function kindsOf(a: string, b: string): Choice[] {
  const self = a === b;
  return [
    { value: 'none', label: 'None', hint: self ? 'no link' : 'no link between them' },
    { value: 'one-to-one', label: 'One-to-one', hint: `each ${b} belongs to exactly one ${a} (UNIQUE FK)` },
    { value: 'a-b', label: self ? `One-to-many (parent ${a}→child ${a})` : `One-to-many (${a}→${b})`,
      hint: self ? `${an(a)} has child ${many(a)} (self-reference)` : `${an(a)} has many ${many(b)}; ${b} holds the FK` },
    ...(self ? [] : [
      { value: 'b-a', label: `One-to-many (${b}→${a})`, hint: `${an(b)} has many ${many(a)}; ${a} holds the FK` },
      { value: 'many-to-many', label: 'Many-to-many', hint: `${many(a)} ↔ ${many(b)} through a junction table (both FKs cascade)` },
    ]),
  ];
}

export const FK_ACTIONS = ['cascade', 'set-null', 'restrict', 'no-action'] as const;
export type FkAction = (typeof FK_ACTIONS)[number];
export const FK_HINT: Record<FkAction, string> = {
  'cascade': 'deleting the parent deletes these rows',
  'set-null': 'deleting the parent empties the FK (the column allows NULL)',
  'restrict': 'a parent with rows here cannot be deleted',
  'no-action': 'like restrict, checked at the end of the statement',
};

/** The language's default action of a kind (junction FKs always cascade). */
export const defaultAction = (kind: string): FkAction => (kind === 'a-b' || kind === 'b-a' ? 'restrict' : 'cascade');

/** One matrix row: the pair, its kind, the FK column (for a-b / one-to-one) and a chosen ON DELETE. `held`: a
 *  `ref(…)` field of the entity lines holds it (`Visit.vet_id:ref(Vet)`): shown, read-only, not an answer. */
export interface PairRow { a: string; b: string; kind: string; column?: string; onDelete?: FkAction; held?: string }

export function toRelation(r: PairRow): Relation {
  const rel: Relation = r.kind === 'b-a' ? { from: r.b, to: r.a, kind: 'one-to-many' }
    : { from: r.a, to: r.b, kind: (r.kind === 'a-b' ? 'one-to-many' : r.kind) as Relation['kind'] };
  if (r.column && (r.kind === 'a-b' || r.kind === 'one-to-one')) rel.column = r.column;
  if (r.onDelete && r.kind !== 'none' && r.kind !== 'many-to-many' && r.onDelete !== defaultAction(r.kind)) {
    rel.onDelete = r.onDelete;
  }
  return rel;
}

/** A relation given before (revise relations, resume) as a row of the pair (a, b). */
export function fromRelation(rel: Relation, a: string, b: string): PairRow {
  const kind = rel.kind === 'one-to-many' ? (rel.from === a ? 'a-b' : 'b-a') : rel.kind;
  return { a, b, kind, column: rel.column, onDelete: rel.onDelete };
}
