/**
 * db-change through the package bin in a runner's layout: one pipeline for init and every change, so a change
 * writes the layout the first run chose (dbmate: one file, run here by dbmate itself on SQLite; atlas: atlas.sum
 * rewritten) and rewrites the ORM's files (Drizzle db/schema.ts, prisma/schema.prisma). The recorded checksums
 * hold for every layout: unedited files pass run after run, an edited one stops the run with one line.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQLITE3, testWith } from './support/extras.js';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { atlasSum } from '../src/runners/atlas-sum.js';

/** The picture, rewritten with schema.sql by every change. */
const PICTURE = ['db/schema.md', 'db/schema.svg', 'db/schema.dbml'].map((p) => `written   ${p}`);

const BLOG = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'blog.json'), 'utf8'));
const ENTITIES: string = BLOG.entities;
const SUBTITLE = ENTITIES.replace('Post: title,', 'Post: title, subtitle:optional,');
const TEASER = SUBTITLE.replace('Post: title,', 'Post: title, teaser:optional,');
const LAST = TEASER.replace('Post: title,', 'Post: title, summary:optional,');
const DBMATE = join(process.cwd(), 'node_modules', '.bin', 'dbmate');

let pkg = '';
let work = '';
beforeAll(() => {
  pkg = packageCopy();
  work = tempDir('change-layouts');
});

function projectAt(over: object): string {
  const dest = mkdtempSync(join(work, 'p-'));
  writeFileSync(join(dest, 'spec.json'), JSON.stringify({ ...BLOG, ...over }));
  expect(runBin(pkg, ['db-schema', '--', '--spec', 'spec.json'], dest).status).toBe(0);
  return dest;
}

function change(dest: string, entities: string, now = '2026-01-03T03:04:05Z') {
  writeFileSync(join(dest, 'change.json'), JSON.stringify({ entities, relations: BLOG.relations }));
  return runBin(pkg, ['db-change', '--', '--spec', 'change.json'], dest, { DB_SCAFFOLD_NOW: now });
}

const read = (dest: string, path: string) => readFileSync(join(dest, path), 'utf8');
const state = (dest: string) => JSON.parse(read(dest, 'db/design.json'));

function dbmate(dest: string, ...args: string[]): void {
  const r = spawnSync(DBMATE, ['--no-dump-schema', ...args], { cwd: dest, encoding: 'utf8', env: { ...process.env, DATABASE_URL: `sqlite:${join(dest, 'app.db')}` }, timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}

testWith([SQLITE3], 'drizzle + dbmate: the change is one dbmate file that dbmate runs up, down and up; db/schema.ts is rewritten', () => {
  const dest = projectAt({ db: 'sqlite', orm: 'drizzle', runner: 'existing', existing: 'dbmate' });
  expect(read(dest, 'db/schema.ts')).not.toMatch(/subtitle/);
  const r = change(dest, SUBTITLE);
  expect(r.err).toEqual([]);
  const file = 'db/migrations/20260103030405_change_posts.sql';
  expect(r.out.slice(0, 7)).toEqual([`written   ${file}`, 'written   db/schema.sql', 'written   db/schema.ts', ...PICTURE, 'written   db/design.json']);
  expect(r.out).toContain(`Migration:    ${file} (up and down)`);
  const body = read(dest, file);
  expect(body.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^-- migrate:up( transaction:false)?$/), '-- dbmate: change_posts (generated 2026-01-03)']);
  expect(body).toMatch(/\n-- migrate:down( transaction:false)?\n-- dbmate: change_posts down /);
  expect(read(dest, 'db/schema.ts')).toMatch(/subtitle: text\('subtitle'\)/);
  const m = state(dest).migrations[1];
  expect([m.up, m.down]).toEqual([file, file]);
  dbmate(dest, 'up');
  dbmate(dest, 'rollback');
  dbmate(dest, 'up');
  const cols = spawnSync('sqlite3', [join(dest, 'app.db'), "SELECT name FROM pragma_table_info('posts')"], { encoding: 'utf8' }).stdout;
  expect(cols.split('\n')).toContain('subtitle');
  // the single files pass the checksum check run after run; an edited one stops the next run, naming it
  expect(change(dest, TEASER, '2026-01-04T03:04:05Z').err).toEqual([]);
  appendFileSync(join(dest, file), '\n-- tweak\n');
  const before = snapshot(dest);
  const again = change(dest, LAST, '2026-01-05T03:04:05Z');
  expect(again).toMatchObject({ status: 1, out: [] });
  expect(again.err).toEqual([`[ERROR] ${file}: edited after it was written (its checksum differs from db/design.json); a written migration is never edited (restore it from git, make a new change instead)`]);
  delete before['change.json'];
  const after = snapshot(dest);
  delete after['change.json'];
  expect(after).toEqual(before);
});

test('prisma: the change writes no migration (prisma migrate makes it) and rewrites prisma/schema.prisma', () => {
  const dest = projectAt({ orm: 'prisma', runner: 'existing' });
  expect(read(dest, 'prisma/schema.prisma')).not.toMatch(/subtitle/);
  const r = change(dest, SUBTITLE);
  expect(r.err).toEqual([]);
  expect(r.out.filter((l) => l.startsWith('written'))).toEqual(['written   db/schema.sql', 'written   prisma/schema.prisma', ...PICTURE, 'written   db/design.json']);
  expect(read(dest, 'prisma/schema.prisma')).toMatch(/\n\s+subtitle\s+String\?/);
  expect(state(dest).migrations).toEqual([]);
});

test('atlas: atlas.sum follows each change; unedited files pass, an edited up or plain down is named', () => {
  const dest = projectAt({ runner: 'existing', existing: 'atlas' });
  expect(change(dest, SUBTITLE).err).toEqual([]);
  expect(change(dest, TEASER, '2026-01-04T03:04:05Z').err).toEqual([]);
  const ms: { up: string; down: string }[] = state(dest).migrations;
  expect(ms).toHaveLength(3);
  expect(read(dest, 'migrations/atlas.sum')).toBe(atlasSum(ms.map((m) => ({ name: m.up.slice('migrations/'.length), body: read(dest, m.up) }))));
  for (const path of [ms[1].down, ms[0].up]) {
    appendFileSync(join(dest, path), '\n-- tweak\n');
    const r = change(dest, LAST, '2026-01-05T03:04:05Z');
    expect(r.err).toEqual([expect.stringMatching(new RegExp(`^\\[ERROR\\] ${path.replace(/\./g, '\\.')}: edited after it was written`))]);
    writeFileSync(join(dest, path), read(dest, path).replace(/\n-- tweak\n$/, ''));
  }
  expect(change(dest, LAST, '2026-01-05T03:04:05Z').err).toEqual([]);
});

test('a state from before runner layouts (runner: existing, none named) keeps writing kei-migrate pairs', () => {
  const dest = projectAt({});
  const s = state(dest);
  writeFileSync(join(dest, 'db/design.json'), JSON.stringify({ ...s, answers: { ...s.answers, runner: 'existing' } }, null, 2));
  const r = change(dest, SUBTITLE);
  expect(r.err).toEqual([]);
  expect(r.out).toContain('Migration:    migrations/20260103030405_change_posts.sql (+ migrations/20260103030405_change_posts.down.sql)');
});
