/**
 * The round trip of an import: the original loaded into a real engine → `db-scaffold db-import` (the built
 * bin, CI mode) → the baseline migration + db/residue.sql applied to a fresh database → both catalogs read
 * and compared object by object, names included (the design keeps the original names in its `names`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { diffCatalogs, type CatalogDifference } from '../../src/catalog/diff.js';
import type { Catalog } from '../../src/catalog/types.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { sqlJsConn } from '../../src/catalog/conn.js';
import { runBin, type Run } from '../support/bin-run.js';
import { openReadable, type Readable } from '../support/readable.js';
import { tempDir } from '../support/temp.js';

export const PKG = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export type ServerId = 'postgres' | 'mysql' | 'sqlite';

export const urlOf = (id: ServerId, db: Readable | string): string => {
  if (id === 'postgres') return `postgres://postgres@127.0.0.1:${process.env.DBS_PG_PORT ?? 5432}/${(db as Readable).name}`;
  if (id === 'mysql') return `mysql://root@127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306}/${(db as Readable).name}`;
  return `sqlite:${db as string}`;
};

/** Runs `sql` on the SQLite database file at `path` (written back) and reads its catalog. */
export async function onSqliteFile(path: string, sql: string): Promise<Catalog> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(path));
  try {
    db.exec('PRAGMA foreign_keys = ON');
    db.exec(sql);
    writeFileSync(path, db.export());
    return await dialectOf('sqlite').readCatalog(sqlJsConn(db));
  } finally {
    db.close();
  }
}

/** A SQLite database file holding `sql` (the live source of a sqlite: URL). */
export async function sqliteFile(sql: string, dir: string): Promise<string> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.exec(sql);
  const path = join(dir, 'source.db');
  writeFileSync(path, db.export());
  db.close();
  return path;
}

export interface Trip { run: Run; dest: string; original: Catalog; replayed: Catalog; diffs: CatalogDifference[]; residue: string; up: string }

const read = (db: Readable) => dialectOf(db.dialect).readCatalog(db.conn);

/** The catalog `sql` gives on a fresh embedded engine (the original a schema file's round trip is compared with). */
export async function catalogOf(engine: 'sqlite' | 'pglite', sql: string, after: string[] = []): Promise<Catalog> {
  const db = await openReadable(engine);
  try {
    for (const s of [sql, ...after]) await db.exec(s);
    return await read(db);
  } finally { await db.close(); }
}

/** Import `args` (a source already holding `sql`) into a fresh folder, then replay it onto a fresh `engine`. */
export async function replay(engine: 'postgres' | 'mysql' | 'sqlite' | 'pglite', original: Catalog, args: string[]): Promise<Trip> {
  const dest = tempDir('import');
  // an import proves itself on scratch databases (PGlite starts slowly on a loaded machine)
  const run = runBin(PKG, ['db-import', '--', ...args, '--dest', dest], dest, undefined, 170_000);
  if (run.status !== 0) throw new Error(`db-import failed (${run.status}): ${run.err.join(' | ')}`);
  const design = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')) as { migrations: { up: string }[] };
  // dbmate keeps the down in the same file, after `-- migrate:down`
  const up = readFileSync(join(dest, design.migrations[0].up), 'utf8').split(/^-- migrate:down/m)[0];
  let residue = '';
  try { residue = readFileSync(join(dest, 'db', 'residue.sql'), 'utf8'); } catch { /* nothing left over */ }
  const fresh = await openReadable(engine);
  try {
    await fresh.exec(up);
    if (residue) await fresh.exec(residue);
    const replayed = await read(fresh);
    return { run, dest, original, replayed, diffs: diffCatalogs(original, replayed), residue, up };
  } finally {
    await fresh.close();
  }
}

/** The original `sql` on `id`, imported through its live URL and replayed. */
export async function roundTrip(id: ServerId, sql: string, extra: string[] = []): Promise<Trip & { source: Readable; file?: string }> {
  const source = await openReadable(id);
  await source.exec(sql);
  const original = await read(source);
  const file = id === 'sqlite' ? await sqliteFile(sql, tempDir('sqlite-src')) : undefined;
  const url = file ? urlOf(id, file) : urlOf(id, source);
  try {
    return { ...(await replay(id, original, ['--url', url, ...extra])), source, file };
  } catch (e) {
    await source.close();
    throw e;
  }
}

/** Objects in db/residue.sql, as the run's report counts them. */
export const residueCount = (run: Run) => Number(/Residue \((\d+) objects/.exec(run.out.join('\n'))?.[1] ?? 0);

/** db-change on an imported design: `field` added first to `entity`'s line, the design's own lines otherwise. */
export function addField(dest: string, entity: string, field: string): Run {
  const design = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8'));
  const lines = (design.answers.entities as string).split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${entity}:`));
  lines[at] = lines[at].replace(`${entity}: `, `${entity}: ${field}, `);
  const spec = join(dest, 'change.json');
  writeFileSync(spec, JSON.stringify({ entities: lines.join('\n'), relations: design.answers.relations }));
  return runBin(PKG, ['db-change', '--', '--spec', spec, '--dest', dest], dest);
}
