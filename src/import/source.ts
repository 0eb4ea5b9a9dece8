/**
 * Where an import reads from: a live database (pg, mysql2, a SQLite file through sql.js) or a schema file
 * loaded into an embedded engine (PGlite, sql.js) or a scratch database on the MySQL server of DATABASE_URL.
 * The engines' openers are Dialect members (connection); failures here are one line, the URL without its password.
 */
import { renameSync, writeFileSync } from 'node:fs';
import type { DialectId } from '../dialects/dialect.js';
import type { Session } from '../dialects/members.js';
import { dialectOf } from '../dialects/registry.js';
import { fail } from '../cli/errors.js';
import { dialectOfUrl, reason, redact } from './url.js';
import { openScratch } from './scratch.js';

export interface Opened extends Session {
  dialect: DialectId;
  /** A SQLite file opened by URL: write what was loaded back to the file (db-seed --apply, after each batch). */
  persist?(): void;
}

export { reason } from './url.js';

/** The database at `url`, through its engine's opener; one line when it cannot be opened. */
export async function openUrl(url: string, cwd: string, database?: string): Promise<Opened> {
  const dialect = dialectOfUrl(url);
  const c = dialectOf(dialect).connection;
  const s = await c.open(url, { cwd, database }).catch((e: unknown) => fail(`cannot open ${redact(url)}: ${reason(e)}`));
  const path = c.path?.(url, cwd);
  const persist = path && s.dump ? () => { writeFileSync(`${path}.seed-tmp`, s.dump!()); renameSync(`${path}.seed-tmp`, path); } : undefined;
  return { ...s, dialect, ...(persist ? { persist } : {}) };
}

/** A schema file loaded into a scratch database of its engine; a file that does not load is one line. */
export async function openFile(path: string, text: string, d: DialectId, url: string | undefined): Promise<Opened> {
  const db = await openScratch(d, url);
  const c = dialectOf(d).connection;
  try {
    await db.exec(c.loadable?.(text) ?? text);
    for (const s of c.afterLoad ?? []) await db.exec(s);
  } catch (e) {
    await db.close().catch(() => undefined);
    fail(`--file ${path}: does not load into ${c.embedded?.label ?? `a scratch ${dialectOf(d).label} database`} (${reason(e)})`);
  }
  return db;
}
