/** The safety mode of later migrations: online (lock-safe forms, expand/contract) or offline, with the timeouts. */
import type { Spec } from '../state/answers-schema.js';
import type { Timeouts } from '../dialects/online.js';
import { ormOwnsMigrations } from '../runners/owner.js';

export interface Safety { mode: 'online' | 'offline'; timeouts: Timeouts }

export const DEFAULT_TIMEOUTS: Timeouts = { lock: '2s', statement: '60s' };

/** Unless the design says, online at multi-replica scale, except with kei-migrate, which runs every file in a
 *  transaction and so cannot take CONCURRENTLY or a batched backfill (an explicit online there is refused in one line). */
export function safetyOf(a: Partial<Spec>): Safety {
  const mode = a.safety ?? (a.scale === 'multi-replica' && !keiRuns(a) ? 'online' : 'offline');
  return { mode, timeouts: { lock: a.lockTimeout ?? DEFAULT_TIMEOUTS.lock, statement: a.statementTimeout ?? DEFAULT_TIMEOUTS.statement } };
}

/** kei-migrate runs the migrations (no other runner chosen, no ORM with its own). */
export const keiRuns = (a: Partial<Spec>): boolean => a.runner !== 'existing' && !ormOwnsMigrations(a.orm);
