/**
 * golang-migrate on SQLite keeps DATABASE_URL as `sqlite3://<path>` (its CLI has no `sqlite:` scheme): what db-scaffold
 * prints and writes for the shell reads the file out of that form too, run for real by bash, by POSIX sh (dash) and by
 * SQLite's own sqlite3:
 * the smoke test printed after db-schema (apply, seed twice, count), db/seed.sql's header line, and db-import's next
 * steps (the baseline marked applied in schema_migrations). A runner whose migrations are not plain SQL files (dbmate)
 * runs db/schema.sql, and its smoke test says so. Before, each stripped `sqlite:` alone: sqlite3 opened a file named
 * `sqlite3://…`, and the smoke test said "apply the migrations" over db/schema.sql.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/golden.js';
import { runBin } from '../support/bin-run.js';
import { tempDir } from '../support/temp.js';
import { describeWith, SQLITE3 } from '../support/extras.js';

const SCHEMA = ['--intake', 'Tools', '--db', 'sqlite', '--orm', 'none', '--scale', 'team', '--style', 'schema-first',
  '--migctl', 'manual', '--entities', 'Tool: name\nShelf: label', '--relations', '[{"from":"Shelf","to":"Tool","kind":"one-to-many"}]',
  '--review', 'accept', '--runner', 'existing', '--seed', 'smoke'];
/** The lines run by `shell`: bash, and POSIX sh (dash on Debian: no `source`, no bash-only syntax). */
let shell = 'bash';
const bash = (dest: string, lines: string[]) => spawnSync(shell, ['-e', '-c', lines.join('\n')], { cwd: dest, encoding: 'utf8' });
const sql = (file: string, q: string) => spawnSync('sqlite3', [file, q], { encoding: 'utf8' }).stdout.trim();
/** secrets/db.env with golang-migrate's URL of `file` (a query after it, as a file that turns foreign keys off needs). */
const env = (dest: string, file: string) => writeFileSync(join(dest, 'secrets', 'db.env'), `DATABASE_URL=sqlite3://${file}?x-no-tx-wrap=true\n`);
const smoke = (out: string[]) => out.slice(out.findIndex((l) => l.startsWith('Smoke test')), out.findIndex((l) => l.startsWith('Expect:')) + 1);

describe.each(['bash', 'sh'])('%s', (sh) => describeWith([SQLITE3], 'the shell lines read a sqlite3:// DATABASE_URL', () => {
  beforeAll(() => { shell = sh; });

  test('db-schema (golang-migrate): the smoke test runs the migrations and the seed into the file the URL names', () => {
    const dest = tempDir('gm-shell');
    const r = runBin(ROOT, ['db-schema', '--', ...SCHEMA, '--existing', 'golang-migrate'], dest);
    expect(r.status).toBe(0);
    const lines = smoke(r.out);
    expect(lines[0]).toMatch(/^Smoke test \(SQLite; on a scratch database\): apply the migrations, load the seed, count rows$/);
    const file = join(dest, 'app.db');
    env(dest, file);
    const run = bash(dest, lines.slice(1, -1));
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['table_name|row_count', 'shelves|1', 'tools|1']);
    expect(lines.at(-1)).toBe('Expect: shelves 1, tools 1');
    // db/seed.sql's header line loads it again (nothing added), into the same file
    const load = /^-- Load after the migrations: (.*)$/m.exec(readFileSync(join(dest, 'db', 'seed.sql'), 'utf8'))![1];
    expect(bash(dest, ['set -a && . ./secrets/db.env && set +a', load]).status).toBe(0);
    expect(sql(file, 'SELECT count(*) FROM tools')).toBe('1');
  });

  test('db-schema (dbmate): the smoke test says it applies db/schema.sql, and does', () => {
    const dest = tempDir('dbmate-shell');
    const r = runBin(ROOT, ['db-schema', '--', ...SCHEMA, '--existing', 'dbmate'], dest);
    const lines = smoke(r.out);
    expect(lines[0]).toMatch(/: apply db\/schema\.sql \(the schema the migrations make\), load the seed, count rows$/);
    expect(lines).toContain('sqlite3 -bail "$DB" < db/schema.sql');
    writeFileSync(join(dest, 'secrets', 'db.env'), `DATABASE_URL=sqlite:${join(dest, 'app.db')}\n`);
    expect(bash(dest, lines.slice(1, -1)).stdout.trim().split('\n')).toEqual(['table_name|row_count', 'shelves|1', 'tools|1']);
  });

  test('db-import (golang-migrate): the next steps mark the baseline applied in the file the URL names', () => {
    const dest = tempDir('gm-import');
    const file = join(dest, 'live.db');
    sql(file, 'CREATE TABLE tools (id INTEGER PRIMARY KEY, name TEXT NOT NULL); CREATE TABLE schema_migrations (version uint64, dirty bool);');
    const r = runBin(ROOT, ['db-import', '--', '--url', `sqlite:${file}`, '--runner', 'existing', '--existing', 'golang-migrate'], dest);
    expect(r.status).toBe(0);
    const steps = r.out.slice(r.out.indexOf('Next steps (imported database):') + 1).map((l) => l.replace(/^ {2}/, ''));
    const block = steps.slice(0, steps.indexOf('SQL') + 1).filter((l) => !/^(#|migrate )/.test(l));
    env(dest, file);
    const run = bash(dest, block);
    expect(run.stderr).toBe('');
    expect(existsSync(join(dest, 'sqlite3:'))).toBe(false);
    const version = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')).migrations[0].version;
    expect(sql(file, 'SELECT version, dirty FROM schema_migrations')).toBe(`${version}|0`);
  });
}));
