/** A project folder for db-verify tests: an example's files as a fresh run writes them, and ways to break it. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import initSqlJs from 'sql.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import type { Design } from '../../src/state/design-schema.js';
import { checksum, sha256 } from '../../src/core/versions.js';
import { serialiseDesign } from '../../src/state/store.js';
import { openScratch, type Scratch } from '../../src/verify/scratch.js';
import { verify, type Verified } from '../../src/verify/run.js';
import { renderExample, type Example } from '../support/golden.js';
import { tempDir } from '../support/temp.js';

export function project(name: Example, db: DialectId, seed?: 'smoke'): string {
  const dir = tempDir(`verify-${name}-${db}`);
  const r = renderExample(name, db, seed ? { seed } : {});
  for (const [path, body] of Object.entries(r.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

/** A live SQLite file in the project made by `sql` (sql.js: no sqlite3 needed); its `sqlite:` URL. */
export async function liveSqliteFile(dir: string, sql: string): Promise<string> {
  const live = new (await initSqlJs()).Database();
  live.exec(sql);
  writeFileSync(join(dir, 'live.db'), live.export());
  live.close();
  return `sqlite:${join(dir, 'live.db')}`;
}

export const readDesign = (dir: string): Design => JSON.parse(readFileSync(join(dir, 'db/design.json'), 'utf8'));
export const edit = (dir: string, file: string, fn: (s: string) => string) => writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));

/** A migration pair written by hand and recorded in the state as if db-scaffold had written it (checksums right). */
export function recordPair(dir: string, version: string, name: string, up: string, down: string): void {
  const [u, d] = [`migrations/${version}_${name}.sql`, `migrations/${version}_${name}.down.sql`];
  writeFileSync(join(dir, u), up);
  writeFileSync(join(dir, d), down);
  const design = readDesign(dir);
  design.migrations.push({ version, name, up: u, down: d, checksum: checksum(up, down), sums: { up: sha256(up), down: sha256(down) }, irreversible: [] });
  writeFileSync(join(dir, 'db/design.json'), serialiseDesign(design));
}

/** One scratch per test file (PGlite is heavy): reset between runs instead of closed. MariaDB's is the live
 *  database's own scratch (DATABASE_URL, which its live harness drops with it): one per URL. */
export function sharedScratch(): { open: typeof openScratch; close(): Promise<void> } {
  const open = new Map<string, Scratch>();
  return {
    open: async (db, env) => {
      const key = db === 'mysql' ? `${db} ${env?.DATABASE_URL ?? ''}` : db;
      if (!open.has(key)) open.set(key, await openScratch(db, env));
      const s = open.get(key)!;
      await s.reset();
      return { ...s, close: async () => undefined };
    },
    close: async () => { for (const s of open.values()) await s.close(); },
  };
}

export async function verifyAt(dir: string, scratch: ReturnType<typeof sharedScratch>, extra: Partial<Parameters<typeof verify>[0]> = {}): Promise<Verified & { lines: string[] }> {
  const lines: string[] = [];
  const r = await verify({ dest: dir, json: false, env: { ...process.env, ...extra.env }, say: (l) => lines.push(l), adopt: false, revert: false, scratch: scratch.open, ...extra });
  return { ...r, lines };
}
