/** Scratch databases for an import's proof: on the server being imported where it lets us, else embedded. */
import { randomBytes } from 'node:crypto';
import type { DialectId } from '../dialects/dialect.js';
import { fail } from '../cli/errors.js';
import { dialectOfUrl } from './url.js';
import { mysqlOpen, pglite, pgOpen, sqlJs, type Opened } from './source.js';

/** A scratch database on the server being imported (same version, same texts); PGlite where it may not create one. */
async function pgScratch(url: string): Promise<Opened> {
  const name = `dbs_import_${randomBytes(4).toString('hex')}`;
  const admin = await pgOpen(url);
  try {
    await admin.exec(`CREATE DATABASE "${name}"`);
  } catch {
    return pglite();
  } finally {
    await admin.close();
  }
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await pgOpen(u.toString());
  const drop = async () => {
    await db.close();
    const again = await pgOpen(url);
    await again.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => again.close());
  };
  return { ...db, close: drop };
}

/** An empty database of the engine: on the server of `url` where there is one, else embedded (PGlite, sql.js). */
export async function openScratch(d: DialectId, url: string | undefined): Promise<Opened> {
  if (d === 'postgres') return url && dialectOfUrl(url) === 'postgres' ? pgScratch(url) : pglite();
  if (d === 'sqlite') return sqlJs();
  if (!url || dialectOfUrl(url) !== 'mysql') {
    fail('a MySQL schema needs a MySQL server for a scratch database: set DATABASE_URL (mysql://user@host/db)');
  }
  const name = `dbs_import_${randomBytes(4).toString('hex')}`;
  const admin = await mysqlOpen(url!);
  await admin.exec(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
  await admin.close();
  const db = await mysqlOpen(url!, name);
  return { ...db, close: async () => { await db.exec(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined); await db.close(); } };
}


/** Scratch databases for one import's attempts: PostgreSQL's is opened once and emptied between them (PGlite is slow to start). */
export function scratchSeries(d: DialectId, url: string | undefined): { fresh(): Promise<Opened>; close(): Promise<void> } {
  let open: Opened | undefined;
  const close = async () => {
    await open?.close().catch(() => undefined);
    open = undefined;
  };
  return {
    close,
    async fresh() {
      if (open && d === 'postgres') {
        await open.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
        return open;
      }
      await close();
      open = await openScratch(d, url);
      return open;
    },
  };
}
