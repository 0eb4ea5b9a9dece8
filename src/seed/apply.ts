/**
 * `db-seed -- --apply [URL]`: db/seed.sql, once written, loaded into a database batch by batch (the
 * volume tier's `-- <table>: rows a–b of n` pieces; any other tier is one piece), a line per batch. The
 * connection is db-import's (pg, mysql2, a SQLite file through sql.js, written back after each batch).
 * A failure is one line naming the batch; the batches before it stay (the file is idempotent: run again).
 */
import type { DialectId } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';
import { fail, isUserError } from '../cli/errors.js';
import { existsSync } from 'node:fs';
import { databaseUrl, dialectOfUrl, redact } from '../io/url.js';

export interface Piece { label: string; sql: string }

// \u2013: the en dash the seed's marks print, escaped so the bundle stays ASCII (V8 then keeps its source one-byte)
const MARK = /^-- (\S+): rows (\d+)\u2013(\d+) of (\d+)$/;

/** The file as it loads: the head (encoding), the batches, the tail (identity resets). */
export function piecesOf(body: string, tier: string): { head: string; batches: Piece[]; tail: string } {
  const head: string[] = [];
  const tail: string[] = [];
  const batches: { label: string; lines: string[] }[] = [];
  let cur: string[] | undefined;
  for (const line of body.split('\n')) {
    const m = MARK.exec(line);
    if (m) batches.push({ label: `${m[1]} rows ${m[2]}–${m[3]} of ${m[4]}`, lines: (cur = []) });
    // a batch is its INSERT (and the encoding line the first one may hold): it ends at the blank line after it
    else if (cur && line.trim() === '' && cur.some((l) => /^INSERT\b/.test(l))) cur = undefined;
    else (cur ?? (batches.length ? tail : head)).push(line);
  }
  if (!batches.length) return { head: '', batches: [{ label: `${tier} rows`, sql: body }], tail: '' };
  return { head: head.join('\n'), batches: batches.map((b) => ({ label: b.label, sql: b.lines.join('\n') })), tail: tail.join('\n') };
}

/** A user error's line (anything else is rethrown). */
const mine = (e: unknown): string => { if (isUserError(e)) return e.message; throw e; };

const hasSql = (s: string) => s.replace(/--[^\n]*/g, '').trim() !== '';

/** The URL --apply loads into (given, else DATABASE_URL from the environment or secrets/db.env), checked
 *  against the design's engine before anything is written. */
export function applyUrl(given: string, dest: string, db: DialectId): string {
  const url = databaseUrl(given || undefined, dest);
  if (!url) fail('seed: --apply needs a URL (--apply postgres://…), or DATABASE_URL in the environment or secrets/db.env');
  const d = (() => {
    try { return dialectOfUrl(url); } catch (e) { return fail(`seed: ${mine(e).replace(/^--url /, '--apply ')}`); }
  })();
  if (d !== db) {
    const [is, want] = [dialectOf(d).label, dialectOf(db).label];
    fail(`seed: --apply ${redact(url)} is a ${is} database; db/seed.sql is written for ${want} (give a URL of that engine)`);
  }
  const file = dialectOf(d).connection.path?.(url, dest);
  if (file && !existsSync(file)) {
    fail(`seed: --apply ${redact(url)}: no such database file (create it with the migrations first)`);
  }
  return url;
}

const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

/** Load `body` into `url`: a line per batch; one line and a non-zero exit on the first that fails. */
export async function applySeed(body: string, tier: string, url: string, dest: string, say: (l: string) => void): Promise<void> {
  const { openUrl, reason } = await import('../import/source.js');
  const { head, batches, tail } = piecesOf(body, tier);
  const db = await openUrl(url, dest)
    .catch((e: unknown) => fail(`seed: --apply: ${mine(e)} (db/seed.sql is written; run again once the database is reachable)`));
  const start = performance.now();
  /** One piece; `before`: how many batches are loaded when it runs. */
  const run = async (label: string, sql: string, before: number, done?: string) => {
    const t0 = performance.now();
    try {
      await db.exec(sql);
      db.persist?.();
    } catch (e) {
      const kept = before > 1 ? `the ${before} batches before it stay loaded` : before ? 'the batch before it stays loaded' : 'nothing was loaded';
      fail(`seed: ${label} failed in ${redact(url)}: ${reason(e)} (${kept}; db/seed.sql is idempotent: run --apply again once fixed)`);
    }
    if (done) say(`seed: ${done} (${secs(t0)})`);
  };
  try {
    if (hasSql(head)) await run('the session settings', head, 0);
    for (const [i, b] of batches.entries()) await run(b.label, b.sql, i, `${b.label} loaded`);
    if (hasSql(tail)) await run('the identity reset', tail, batches.length);
    say(`seed: ${tier} seed loaded into ${redact(url)}: ${batches.length} batch${batches.length > 1 ? 'es' : ''} (${secs(start)})`);
  } finally {
    await db.close().catch(() => undefined);
  }
}
