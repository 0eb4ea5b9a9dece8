/**
 * db-import's printed mark-applied step for kei-migrate, executed on the real PostgreSQL and MariaDB and on the
 * SQLite file it read: `_kei_migrations` as kei-migrate creates it (support/runner-tables.ts, its db.rs), then the
 * printed INSERT. The row then reads as kei-migrate's `up` writes one (tracker.rs, discover.rs): version and name
 * from the up file's name (`<version>_<name>.sql`, split at the first `_`), the lowercase SHA-256 hex of the file's
 * bytes (what `up` compares before it runs anything), applied_at as chrono's RFC 3339; db-verify's reader sees it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import initSqlJs from 'sql.js';
import { sqlJsConn } from '../../src/catalog/conn.js';
import type { CatalogConn } from '../../src/catalog/types.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { appliedVersions } from '../../src/runners/applied.js';
import { runBin } from '../support/bin-run.js';
import { describeEngine } from '../support/engines.js';
import { openReadable } from '../support/readable.js';
import { RUNNER_DDL } from '../support/runner-tables.js';
import { tempDir } from '../support/temp.js';
import { printedSql, SCHEMA } from './printed.js';
import { PKG, sqliteFile, urlOf } from './roundtrip.js';

interface Target { exec(sql: string): Promise<void>; conn: CatalogConn; close(): Promise<void> }

/** The database db-import reads (a server's scratch database, or a SQLite file) and its URL. */
async function source(id: 'postgres' | 'mysql' | 'sqlite', dir: string): Promise<{ url: string; open: () => Promise<Target> }> {
  if (id === 'sqlite') {
    const file = await sqliteFile(SCHEMA.join(';\n'), dir);
    const open = async () => { // the same file, as kei-migrate would open it after the import
      const db = new (await initSqlJs()).Database(readFileSync(file));
      return { exec: async (s: string) => void db.exec(s), conn: sqlJsConn(db), close: async () => db.close() };
    };
    return { url: urlOf(id, file), open };
  }
  const db = await openReadable(id);
  for (const s of SCHEMA) await db.exec(s);
  return { url: urlOf(id, db), open: async () => db };
}

for (const id of ['postgres', 'mysql', 'sqlite'] as const) {
  describeEngine(id, 'db-import: the printed kei-migrate mark-applied step', () => {
    test('the printed INSERT on kei-migrate\'s table records the baseline as its `up` would', async () => {
      const dest = tempDir(`applied-kei-${id}`);
      const src = await source(id, dest);
      const run = runBin(PKG, ['db-import', '--', '--url', src.url, '--runner', 'binary', '--dest', dest], dest);
      const db = await src.open();
      try {
        expect(run.err).toEqual([]);
        expect(run.status).toBe(0);
        const m = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')).migrations[0] as { version: string; up: string };
        const status = 'kei-migrate --database-url "$DATABASE_URL" --dir migrations status';
        expect(run.out).toContain(`  ${status}   # creates _kei_migrations; ${m.version} is PENDING`);
        for (const s of RUNNER_DDL['kei-migrate']!(id)) await db.exec(s);
        await db.exec(printedSql(run.out));
        const tables = (await dialectOf(id).readCatalog(db.conn)).tables.map((t) => t.name);
        expect(await appliedVersions('kei-migrate', db.conn, tables)).toEqual({ versions: [m.version] });
        // discover.rs: file_stem split at the first '_' gives (version: i64, name); checksum = sha256 of the file's bytes
        const [version, name] = basename(m.up, '.sql').split(/_(.*)/);
        expect(m.up).toBe(`migrations/${version}_${name}.sql`);
        const [row] = await db.conn.query('SELECT version, name, checksum, applied_at FROM _kei_migrations');
        expect(String(row.version)).toBe(version);
        expect(row.name).toBe(name);
        expect(String(row.checksum)).toBe(createHash('sha256').update(readFileSync(join(dest, m.up))).digest('hex'));
        const at = String(row.applied_at); // chrono's Utc to_rfc3339(): YYYY-MM-DDTHH:MM:SS[.fraction]+00:00
        expect(at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+00:00$/);
        expect(at.replace(/\D/g, '').slice(0, 14)).toBe(version);
      } finally {
        await db.close();
      }
    }, 120_000);
  });
}
