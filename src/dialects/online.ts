/**
 * The lock-safe (online) form of a later migration: the diff's statements become phases, each one
 * migration of its own, in order. A phase with `noTx` runs outside a transaction (CREATE INDEX
 * CONCURRENTLY, a batched backfill that commits per batch) and holds one statement, so runners that send
 * a whole file as one query (dbmate, sqlx) can run it; the layout writes the runner's marker from the flag.
 * `contract` is what the expand leaves to do once the new code runs everywhere (db-change --contract).
 */
import type { Statement } from '../model/statements.js';

export interface Timeouts { lock: string; statement: string }

export interface Phase {
  name: string;          // suffix of the migration's name (change_books_concurrently …)
  up: string[];
  down: string[];
  noTx?: boolean;
  notes?: string[];
}

export interface OnlinePlan { phases: Phase[]; contract: Phase[]; notes: string[] }

export type Slot = 'main' | 'backfill' | 'check' | 'index' | 'validate' | 'contract';
/** One statement's share of one slot; pieces of the slots that run outside a transaction are phases of their own. */
export interface Piece { at: Slot; up: string[]; down: string[]; notes?: string[] }

const ORDER: Slot[] = ['main', 'backfill', 'check', 'index', 'validate'];
const ALONE: Slot[] = ['backfill', 'index'];
const NAMES: Record<Slot, string> = { main: '', backfill: '_backfill', check: '_not_valid', index: '_concurrently', validate: '_validate', contract: '_contract' };

/** Pieces → phases: the transactional slots merged (downs in reverse), each no-transaction piece alone. */
export function phasesOf(pieces: Piece[]): OnlinePlan {
  const phases: Phase[] = [];
  const merge = (at: Slot, ps: Piece[]): Phase => ({
    name: NAMES[at], up: ps.flatMap((p) => p.up), down: ps.slice().reverse().flatMap((p) => p.down), notes: ps.flatMap((p) => p.notes ?? []),
  });
  for (const at of ORDER) {
    const ps = pieces.filter((p) => p.at === at);
    if (!ps.length) continue;
    if (ALONE.includes(at)) ps.forEach((p, i) => phases.push({ ...merge(at, [p]), name: `${NAMES[at]}${ps.length > 1 ? `_${i + 1}` : ''}`, noTx: true }));
    else phases.push(merge(at, ps));
  }
  const cs = pieces.filter((p) => p.at === 'contract');
  return { phases, contract: cs.length ? [merge('contract', cs)] : [], notes: [...new Set(pieces.flatMap((p) => p.notes ?? []))] };
}

type Alter = Extract<Statement, { kind: 'alterColumn' }>;
/** A default dropped from a NOT NULL column of the same type: old code's inserts that leave the column out need it,
 *  so the online form keeps it until the contract. */
export const dropsDefault = (s: Alter): boolean => !!s.from.default && !s.to.default && !s.to.nullable
  && JSON.stringify(s.from.type) === JSON.stringify(s.to.type);
/** The same change with the default kept, or undefined when the default was all it changed. */
export function keepingDefault(s: Alter): Alter | undefined {
  const to = { ...s.to, default: s.from.default };
  return JSON.stringify(to) === JSON.stringify(s.from) ? undefined : { ...s, to, after: { ...s.after, columns: s.after.columns.map((c) => (c.name === to.name ? to : c)) } };
}
export const defaultNote = (table: string, col: string): string =>
  `${table}.${col} keeps its default until the contract, so inserts by old code that leave it out succeed; deploy code that sets it, then run db-change -- --contract true`;
