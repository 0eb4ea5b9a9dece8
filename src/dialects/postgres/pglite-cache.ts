/**
 * A fresh PGlite without paying initdb on every start. initdb is most of PGlite's start-up (seconds, more than
 * the replay of a 200-table design), and the data directory it makes is the same for one PGlite version: the
 * first start keeps it, as PGlite's own tar dump, in the user's cache (DB_SCAFFOLD_CACHE, else
 * $XDG_CACHE_HOME/db-scaffold, else ~/.cache/db-scaffold); later starts load it. A cache that cannot be
 * written or read is not an error: PGlite runs initdb as it would without one. It starts with the contrib
 * extensions the designs create (citext, for `ci`), which PGlite has only when it is given them.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { importEsm } from '../../base/esm-import.js';

export interface Lite { exec(s: string): Promise<unknown>; query(s: string, p?: unknown[]): Promise<unknown>; close(): Promise<void> }
type LiteClass = new (o?: { loadDataDir?: Blob; extensions?: Record<string, unknown> }) => Lite & { waitReady: Promise<void>; dumpDataDir(c: 'none'): Promise<Blob> };

const req = createRequire(import.meta.url);
const PGLITE = '@electric-sql/pglite';

function cacheFile(): string | undefined {
  try {
    const pkg = join(dirname(req.resolve(PGLITE)), '..', 'package.json');
    const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
    const env = process.env;
    const dir = env.DB_SCAFFOLD_CACHE || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'db-scaffold');
    return join(dir, `pglite-${version.replace(/[^\w.-]/g, '_')}-datadir.tar`);
  } catch { return undefined; }
}

const read = (file: string): Uint8Array | undefined => { try { return readFileSync(file); } catch { return undefined; } };

/** Loads the kept data directory, else starts PGlite with initdb and keeps its data directory for next time. */
export async function freshPGlite(): Promise<Lite> {
  const { PGlite } = await importEsm<{ PGlite: LiteClass }>(PGLITE);
  const { citext } = await importEsm<{ citext: unknown }>(`${PGLITE}/contrib/citext`);
  const extensions = { citext };
  const file = cacheFile();
  const kept = file ? read(file) : undefined;
  if (kept) {
    const db = new PGlite({ loadDataDir: new Blob([new Uint8Array(kept)]), extensions });
    try { await db.waitReady; return db; } catch { rmSync(file!, { force: true }); }
  }
  const db = new PGlite({ extensions });
  await db.waitReady;
  if (file) {
    try {
      const tar = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, tar, { mode: 0o600 });
      renameSync(tmp, file);
    } catch { /* no cache: the next start runs initdb again */ }
  }
  return db;
}
