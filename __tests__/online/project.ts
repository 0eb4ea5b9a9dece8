/** Online (safety) test projects: the change catalogue's library on disk in a runner's layout, changes written
 *  one run at a time (as users run db-change), and dbmate for the real engines. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import dbmatePackage from 'dbmate';
import { CASES, CLOCK, LINES, RELATIONS, specOf, type Case } from '../change-cases.js';
import { buildInit } from '../../src/core/init.js';
import { planChange } from '../../src/change/plan.js';
import type { Result as Changed } from '../../src/core/pipeline.js';
import { ChangeSpec } from '../../src/change/spec.js';
import type { Design } from '../../src/state/design-schema.js';
import type { FileRecord } from '../../src/io/files.js';
import type { Existing } from '../../src/runners/layout.js';
import type { EngineId } from '../support/types.js';
import { tempDir } from '../support/temp.js';
import { openEngine, type Engine } from '../support/engines.js';
import { databaseUrl } from '../support/project.js';

/** Online-only cases: renames of columns that have keys (a unique, a CHECK, an index; an FK), a type change with a backfill,
 *  a parent table renamed. */
const book = (...pairs: [string, string][]) => ({ Book: pairs.reduce((l, [a, b]) => l.replace(a, b), LINES.Book) });
export const ALL: Record<string, Case> = {
  ...CASES,
  renameKeyed: { lines: book(['isbn:', 'code:'], ['status:', 'state:'], ['pages:', 'page_count:']), kinds: ['renameColumn'],
    extra: { renames: [{ from: 'Book.isbn', to: 'Book.code' }, { from: 'Book.status', to: 'Book.state' }, { from: 'Book.pages', to: 'Book.page_count' }] },
    renamed: { 'books.isbn': 'books.code', 'books.status': 'books.state', 'books.pages': 'books.page_count' } },
  renameFk: { relations: [RELATIONS[0], { ...RELATIONS[1], column: 'volume_id' }], kinds: ['renameColumn'],
    extra: { renames: [{ from: 'Cover.book_id', to: 'Cover.volume_id' }] }, renamed: { 'covers.book_id': 'covers.volume_id' } },
  // a parent table renamed (covers' FK follows it): its FK, index, unique and CHECK names follow the table's
  renameParent: { lines: { Book: `${LINES.Book}, @table(volumes)` }, kinds: ['renameTable'], renamed: { books: 'volumes' } },
  retypeBackfill: { lines: book(['subtitle:optional', 'subtitle:string(80)']), extra: { backfill: { 'Book.subtitle': "'none'" }, allowDestructive: true },
    kinds: ['alterColumn'], lost: ['books.subtitle'] },
};

/** The catalogue's kinds that online mode writes lock-safe. */
export const ONLINE_CASES = ['enumAddValue', 'enumToText', 'dropNotNull', 'setNotNullBackfill', 'dropDefault', 'addUnique', 'dropUnique', 'setDefault',
  'fkSetNull', 'addIndex', 'dropIndex', 'fkOnDelete', 'addColumnBackfill', 'fkCompositeIndex', 'fkIndexNotLeading', 'renameColumn', 'dropColumn',
  'dropRequiredColumn', 'intToBigint', 'textToString', 'widenSize', 'narrowSize', 'renameKeyed', 'renameFk', 'retypeBackfill', 'tableDirective',
  'renameParent'];

/** The binary node_modules/.bin/dbmate runs (its cli.js spawns it after a node start of its own: ~0.4 s a call idle). */
export const DBMATE = dbmatePackage.resolveBinary();

export function dbmate(dir: string, url: string, ...args: string[]): string {
  const r = spawnSync(DBMATE, ['--no-dump-schema', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, DATABASE_URL: url }, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`dbmate ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export const write = (dir: string, fs: FileRecord[]) => fs.forEach((f) => {
  mkdirSync(dirname(join(dir, f.path)), { recursive: true });
  writeFileSync(join(dir, f.path), f.body);
});

export interface Online { dir: string; design: Design; init: FileRecord[] }

const built = new Map<string, { design: Design; files: FileRecord[] }>();

/** The library's init in `existing`'s layout, in a fresh folder (one buildInit per engine, mode and runner: the folder
 *  is empty, so the init is the same every time). */
export function onlineProject(db: EngineId, safety: 'online' | 'offline', existing: Existing, tag: string): Online {
  const dir = tempDir(tag);
  const key = `${db} ${safety} ${existing}`;
  if (!built.has(key)) built.set(key, buildInit({
    intake: 'A library: authors write books; books have tags and covers.', db, orm: 'none', scale: 'multi-replica', style: 'schema-first',
    migctl: 'manual', entities: Object.values(LINES).join('\n'), relations: RELATIONS, review: 'accept', runner: 'existing', existing,
    irreversible: [], safety,
  } as Parameters<typeof buildInit>[0], undefined, dir, CLOCK));
  const { design, files } = built.get(key)!;
  write(dir, files);
  return { dir, design: structuredClone(design), init: files };
}

let tick = 0;
const later = () => new Date(CLOCK.getTime() + 86_400_000 + (tick += 3600) * 1000);

/** One catalogue case as db-change writes it (files on disk), then its contract when the expand left one. */
export function runCase(p: Online, name: string, contract = true): { change: Changed; contract?: Changed } {
  const change = planChange(p.design, specOf(ALL[name]), p.dir, later());
  write(p.dir, change.files);
  if (!change.design.contract || !contract) return { change };
  return { change, contract: runContract(p, change) };
}

/** `db-change -- --contract true` after the expand `change` (files on disk). */
export function runContract(p: Online, change: Changed): Changed {
  const done = planChange(change.design, ChangeSpec.parse({ contract: true }), p.dir, later());
  write(p.dir, done.files);
  return done;
}

/** A MariaDB online dbmate project at its init, `seed` run on it, then `run`; the engine closed after. */
export async function onMariadb(tag: string, seed: string, run: (p: Online, e: Engine, url: string) => Promise<void>): Promise<void> {
  const p = onlineProject('mysql', 'online', 'dbmate', tag);
  const e = await openEngine('mysql');
  try {
    const url = databaseUrl('mysql', e.name, p.dir);
    dbmate(p.dir, url, 'up');
    await e.exec(seed);
    await run(p, e, url);
  } finally { await e.close(); }
}
