/**
 * Databases db-verify opens: a scratch database to replay on (the engine's embedded one: PGlite, sql.js; else
 * the database DATABASE_URL names, refused when it holds tables), and the live database of `--url` /
 * DATABASE_URL, read through a session the engine keeps read-only. The openers are Dialect members (connection).
 */
import type { DialectId } from '../dialects/dialect.js';
import type { Scratch as Replayable, Session } from '../dialects/members.js';
import { dialectOf } from '../dialects/registry.js';
import { CouldNotVerify } from './finding.js';
import { redact } from '../io/url.js';

export interface Db { conn: Session['conn']; exec(sql: string): Promise<void>; close(): Promise<void>; label: string }
/** transactionalDdl: a failing BEGIN … COMMIT leaves nothing behind (PostgreSQL, SQLite; not MySQL's implicit commits). */
export interface Scratch extends Db { reset(): Promise<void>; transactionalDdl: boolean }

/** A file that fails inside its own BEGIN leaves the session aborted: roll it back, as a client's session would end. */
const undoing = (run: (sql: string) => Promise<unknown>) => async (sql: string): Promise<void> => {
  try { await run(sql); } catch (e) { await run('ROLLBACK;').catch(() => undefined); throw e; }
};

const firstLine = (e: unknown) => String((e as Error).message ?? e).split('\n')[0];

async function connect(db: DialectId, url: string, readOnly: boolean): Promise<Session> {
  const c = dialectOf(db).connection;
  try {
    return await c.open(url, { cwd: process.cwd(), readOnly });
  } catch (e) {
    if (c.path) throw new CouldNotVerify(`cannot read the ${dialectOf(db).label} database ${redact(url)}`);
    throw new CouldNotVerify(`cannot connect to ${redact(url)}: ${firstLine(e)}`);
  }
}

/** The server database of `url` to replay on (an engine with no embedded one): refused when it holds tables. */
async function serverScratch(db: DialectId, url: string | undefined): Promise<Scratch> {
  const d = dialectOf(db);
  const tables = d.connection.serverTables!;
  if (!url) throw new CouldNotVerify(`${d.label} has no embedded engine: set DATABASE_URL to an empty scratch database to replay on`);
  const s = await connect(db, url, false);
  const held = await tables.list(s);
  if (held.length) { await s.close(); throw new CouldNotVerify(`${redact(url)} holds ${held.length} tables (${held.slice(0, 3).join(', ')}…); replay needs an empty scratch database`); }
  return { label: `${d.label} scratch ${redact(url)}`, transactionalDdl: d.caps.transactionalDdl, conn: s.conn, exec: undoing(s.exec), close: s.close, reset: () => tables.dropAll(s) };
}

export async function openScratch(db: DialectId, env: NodeJS.ProcessEnv): Promise<Scratch> {
  const embedded = dialectOf(db).connection.embedded;
  if (!embedded) return serverScratch(db, env.DATABASE_URL);
  const s: Replayable = await embedded.open();
  return { label: s.label, transactionalDdl: dialectOf(db).caps.transactionalDdl, conn: s.conn, exec: undoing((q) => s.exec(q)), close: () => s.close(), reset: () => s.reset() };
}

/** The live database, read-only: PostgreSQL and MySQL sessions set READ ONLY; a SQLite file is read into memory. */
export async function openLive(db: DialectId, url: string): Promise<Db> {
  const s = await connect(db, url, true);
  const never = async () => { throw new Error('internal: the live database is never written'); };
  return { label: redact(url), conn: s.conn, exec: never, close: () => s.close() };
}
