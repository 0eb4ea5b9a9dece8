/**
 * All or nothing per migration: which file opens its own transaction, decided per layout.
 *
 * kei-migrate runs every file in a transaction of its own (and cannot run one outside: no marker), dbmate,
 * goose, sqlx-cli, Atlas and Alembic likewise unless the file says otherwise (`transaction:false`,
 * `NO TRANSACTION`, `-- no-transaction`, `txmode none`), and golang-migrate sends a file as one
 * multi-statement query (PostgreSQL runs it as one implicit transaction; its sqlite3 driver wraps it): a
 * BEGIN in those files would nest (SQLite: "cannot start a transaction within a transaction"). The printed
 * loop of an undecided runner (kei-migrate's layout) opens one per file itself (`psql -1`, sqlite3 wrapped).
 * A SQLite file that turns foreign keys off tells every runner not to wrap it and frames its own
 * transaction (PRAGMA outside). A migration made `transactional: false` (CREATE INDEX CONCURRENTLY)
 * is never wrapped and says so in its first line. MySQL cannot roll back DDL: no wrap. Alembic's revisions
 * run their steps as they are (Python's sqlite3 driver begins a transaction before the first write itself).
 */
import type { Dialect } from '../dialects/dialect.js';
import type { Layout } from './layouts.js';

export const NO_TRANSACTION =
  '-- no-transaction: this migration runs outside a transaction (a statement in it cannot run inside one)';

/** The up and down as written: in one transaction where neither the runner nor the flag says otherwise. */
export function framed(layout: Layout, d: Dialect, sql: string, transactional: boolean): string {
  if (layout.asIs) return sql; // Python's sqlite3 driver opens a transaction itself: a BEGIN here would nest
  const own = !!d.outsideTransaction?.(sql) || (transactional && !layout.wraps);
  if (d.transaction && own) return d.transaction(sql);
  return !transactional && !layout.wraps ? `${NO_TRANSACTION}\n${sql}` : sql;
}
