/** Database URLs: the engine from the scheme, the text shown without its password, where the URL comes from. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_IDS, type DialectId } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';
import { fail } from '../base/errors.js';

/** `postgres://u:secret@h/db` → `postgres://u:***@h/db`; anything unparsable keeps only its scheme. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    const scheme = /^([a-z0-9+]+):/i.exec(url)?.[1];
    return scheme ? `${scheme}://…` : '(not a URL)';
  }
}

export function dialectOfUrl(url: string): DialectId {
  const scheme = /^([a-z0-9+]+):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  const d = DIALECT_IDS.find((id) => dialectOf(id).connection.schemes.includes(scheme));
  if (!d) return fail(`--url ${redact(url)}: unknown scheme '${scheme}' (postgres://, mysql://, mariadb://, sqlite:PATH)`);
  return d;
}

/** A client's failure in one line: its code and the first line of its message. */
export const reason = (e: unknown) => {
  const x = e as { code?: string; message?: string; errors?: { message?: string }[] };
  const msg = x.message || x.errors?.[0]?.message || String(e);
  return `${x.code ? `${x.code}: ` : ''}${msg.split('\n')[0]}`;
};

/** --url, else DATABASE_URL from the environment, else from secrets/db.env (names only are written there). */
export function databaseUrl(given: string | undefined, dest: string): string | undefined {
  if (given) return given;
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const env = join(dest, 'secrets', 'db.env');
  if (!existsSync(env)) return undefined;
  const line = readFileSync(env, 'utf8').split(/\r?\n/).find((l) => /^\s*(export\s+)?DATABASE_URL\s*=\s*\S/.test(l));
  return line?.replace(/^\s*(export\s+)?DATABASE_URL\s*=\s*/, '').replace(/^["']|["']$/g, '').trim() || undefined;
}
