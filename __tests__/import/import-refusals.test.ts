/** db-import's bad inputs: one line each, a non-zero exit, nothing written; a URL never shown with its password. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin } from '../support/bin-run.js';
import { describeEngine } from '../support/engines.js';
import { openReadable, type Readable } from '../support/readable.js';
import { tempDir } from '../support/temp.js';
import { PKG } from './roundtrip.js';

const PG = `127.0.0.1:${process.env.DBS_PG_PORT ?? 5432}`;
const MY = `127.0.0.1:${process.env.DBS_MYSQL_PORT ?? 3306}`;
const TABLE = 'CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL);';

function refused(args: string[], dest = tempDir('refused')): string {
  const before = readdirSync(dest);
  const r = runBin(PKG, ['db-import', '--', ...args, '--dest', dest], dest);
  expect(r.status).toBe(1);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^\[ERROR\] /);
  expect(readdirSync(dest)).toEqual(before);
  return r.err[0];
}

describeEngine('postgres', 'db-import refusals', () => {
  let db: Readable;
  beforeAll(async () => {
    db = await openReadable('postgres');
    await db.exec(TABLE);
  });
  afterAll(() => db?.close());

  test('an unreachable server', () => {
    expect(refused(['--url', 'postgres://app:hunter2@127.0.0.1:1/app'])).toMatch(/cannot open postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/app: ECONNREFUSED/);
  });
  test('wrong credentials', () => {
    const line = refused(['--url', `postgres://no_such_role:hunter2@${PG}/${db.name}`]);
    expect(line).toMatch(/no_such_role/);
    expect(line).not.toContain('hunter2');
  });
  test('an object the catalog cannot hold', async () => {
    await db.exec('CREATE TABLE booking (id integer PRIMARY KEY, during tsrange, EXCLUDE USING gist (during WITH &&))');
    try {
      expect(refused(['--url', `postgres://postgres@${PG}/${db.name}`])).toMatch(/unsupported object: exclusion constraint booking_during_excl on booking/);
    } finally {
      await db.exec('DROP TABLE booking');
    }
  });
  test('a design that exists already; --replace yes replaces it; the password is nowhere', () => {
    const dest = tempDir('again');
    const url = `postgres://postgres:hunter2@${PG}/${db.name}`;
    const first = runBin(PKG, ['db-import', '--', '--url', url, '--dest', dest], dest);
    expect(first.status).toBe(0);
    const design = readFileSync(join(dest, 'db', 'design.json'), 'utf8');
    expect([...first.out, ...first.err, design].join('\n')).not.toContain('hunter2');
    expect(refused(['--url', url], dest)).toMatch(/a design exists already; .*--replace yes/);
    const later = { DB_SCAFFOLD_NOW: '2026-01-03T03:04:05Z' }; // a later run: a new baseline beside the old one
    const again = runBin(PKG, ['db-import', '--', '--url', url, '--replace', 'yes', '--dest', dest], dest, later);
    expect(again.err).toEqual([]);
    expect(again.status).toBe(0);
  });
});

describeEngine('mysql', 'db-import refusals', () => {
  test('wrong credentials', () => {
    const line = refused(['--url', `mysql://root:wrong-secret@${MY}/mysql`]);
    expect(line).toMatch(/Access denied/);
    expect(line).not.toContain('wrong-secret');
  });
});

describe('db-import refusals without a server', () => {
  test('a schema file that does not load', () => {
    const file = join(tempDir('bad-file'), 'schema.sql');
    writeFileSync(file, 'CREATE TABLE broken (id integer PRIMARY KEY,');
    expect(refused(['--file', file, '--db', 'sqlite'])).toMatch(/--file .*schema\.sql: does not load into sql\.js/);
  });
  test('a file without its engine, a missing file, an unknown scheme', () => {
    const file = join(tempDir('no-db'), 'schema.sql');
    writeFileSync(file, 'CREATE TABLE t (id integer PRIMARY KEY);');
    expect(refused(['--file', file])).toMatch(/--db postgres\|mysql\|sqlite/);
    expect(refused(['--file', 'nope.sql', '--db', 'sqlite'])).toMatch(/nope\.sql: no such file/);
    expect(refused(['--url', 'oracle://u:pw@h/db'])).toMatch(/unknown scheme 'oracle'/);
  });
  test('no source and no terminal', () => {
    const dest = tempDir('nosource');
    const r = runBin(PKG, ['db-import', '--', '--dest', dest], dest, { DATABASE_URL: '' });
    expect(r.status).toBe(1);
    expect(r.err.join('\n')).toMatch(/no source/);
    expect(existsSync(join(dest, 'db'))).toBe(false);
  });
});
