/**
 * Offline beside online, kind by kind: what each kind's offline form does to the old code's writers on an engine,
 * said before it is measured, then checked against the measurement (both printed in one line, and recorded for
 * the bench's table when DBS_ONLINE_RESULTS names a file):
 * - `breaks`: the old code and it cannot both run: the old code's statements fail once it is applied (a rename or a
 *   drop of what they use, a NOT NULL or a dropped default their inserts leave empty), or its inserts' NULLs make
 *   the migration fail (MariaDB's NOT NULL after a backfill): failures > 0 or the migration failed (they may wait too);
 * - `waits`: it holds a lock writers queue behind for a scan, a rewrite or an index build: on a big table the
 *   longest writer statement is longer than under the online form;
 * - `instant`: it takes no long lock here (metadata only, a small table, or a CHECK's scan of 200,000 rows): on a
 *   big table no writer statement waits 500 ms and none fails — said in the line instead of a wait that is not there.
 */
import { appendFileSync } from 'node:fs';
import { BIG, ROWS, type Load } from './load.js';

export type Effect = 'breaks' | 'waits' | 'instant';
export type Measured = Load & { error?: unknown };

/** The catalogue's offline forms as written (dbmate's transaction on PostgreSQL), against the old code's writers. */
export const OFFLINE: Record<'postgres' | 'mysql', Record<string, Effect>> = {
  postgres: {
    enumAddValue: 'instant', enumToText: 'instant', dropNotNull: 'instant', setNotNullBackfill: 'breaks', dropDefault: 'breaks',
    addUnique: 'instant', dropUnique: 'instant', setDefault: 'instant', fkSetNull: 'instant', addIndex: 'waits', dropIndex: 'instant',
    fkOnDelete: 'instant', addColumnBackfill: 'breaks', fkCompositeIndex: 'waits', fkIndexNotLeading: 'waits', renameColumn: 'breaks',
    dropColumn: 'breaks', dropRequiredColumn: 'breaks', intToBigint: 'waits', textToString: 'waits', widenSize: 'instant',
    narrowSize: 'waits', renameKeyed: 'breaks', renameFk: 'breaks', retypeBackfill: 'breaks', tableDirective: 'breaks', renameParent: 'breaks',
  },
  // MariaDB picks the least locking algorithm an ALTER allows when it names none: an index is built INPLACE with writes going
  // on; a copy of authors (a unique on its TEXT name, retyped) held writers 4.7 s on the bench though authors is small
  mysql: {
    enumAddValue: 'waits', enumToText: 'waits', dropNotNull: 'instant', setNotNullBackfill: 'breaks', dropDefault: 'breaks',
    addUnique: 'waits', dropUnique: 'instant', setDefault: 'instant', fkSetNull: 'instant', addIndex: 'waits', dropIndex: 'instant',
    fkOnDelete: 'instant', addColumnBackfill: 'breaks', fkCompositeIndex: 'instant', fkIndexNotLeading: 'instant', renameColumn: 'breaks',
    dropColumn: 'breaks', dropRequiredColumn: 'breaks', intToBigint: 'waits', textToString: 'waits', widenSize: 'instant',
    narrowSize: 'waits', renameKeyed: 'breaks', renameFk: 'breaks', retypeBackfill: 'breaks', tableDirective: 'breaks', renameParent: 'breaks',
  },
};

const SAID: Record<Effect, string> = {
  breaks: 'old code fails after it (a name gone, or an insert leaving a NOT NULL column empty), or its NULLs fail the migration',
  waits: 'holds a lock writers wait behind',
  instant: 'takes no long lock here (metadata, a small table, or a scan short at this size)',
};

const part = (l: Load) => `${l.statements} writer statements, longest ${l.maxMs.toFixed(0)} ms, ${l.failures.length} failed`;

/** The kind's one line: online (its contract too), offline, and what the offline form is said to do. */
export function line(db: 'postgres' | 'mysql', name: string, on: Measured | undefined, off: Measured, extra = ''): string {
  const effect = OFFLINE[db][name];
  const first = off.failures[0] ? ` (first: ${off.failures[0].slice(0, 100)})` : '';
  const failed = off.error ? `, migration failed (${String((off.error as Error).message).split('\n').find((l) => /error/i.test(l))?.slice(0, 120)})` : '';
  return `${name} [${db}, ${ROWS} rows]: online: ${on ? part(on) : 'not run in the suite'}${extra}; ` +
    `offline: ${part(off)}${failed}${first} — offline ${SAID[effect]}`;
}

/** What is true of the offline form, checked: a break shows at any size; a wait, or its absence, on a big table only. */
export function checkOffline(db: 'postgres' | 'mysql', name: string, on: Measured | undefined, off: Measured): void {
  const effect = OFFLINE[db][name];
  expect(effect).toBeDefined();
  if (effect === 'breaks') {
    expect(off.failures.length + (off.error ? 1 : 0)).toBeGreaterThan(0);
    return;
  }
  expect(off.error).toBeUndefined(); // the offline form applies under the writers
  if (!BIG) return; // a few thousand rows scan in no time: the waits are measured by the bench
  if (effect === 'waits') expect(off.maxMs).toBeGreaterThan(on!.maxMs);
  else {
    expect(off.failures).toEqual([]);
    expect(off.maxMs).toBeLessThan(500);
  }
}

/** One JSON line for the bench's table (scripts/bench-online-md.ts). */
export function record(db: 'postgres' | 'mysql', name: string, on: Measured | undefined, off: Measured, onlineNote = ''): void {
  const file = process.env.DBS_ONLINE_RESULTS;
  if (!file) return;
  const m = (l: Measured | undefined) => l && { maxMs: Math.round(l.maxMs), failed: l.failures.length, statements: l.statements, error: !!l.error };
  appendFileSync(file, `${JSON.stringify({ db, name, rows: ROWS, online: m(on), offline: m(off), effect: OFFLINE[db][name], onlineNote })}\n`);
}
