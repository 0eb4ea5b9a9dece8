/**
 * Input edges, each one line, exit 1 and the tree unchanged: JSON nested 100,000 levels (spec and state),
 * a garbage or year-10000 DB_SCAFFOLD_NOW, a Latin-1 spec (UTF-8 or BOM-marked UTF-16 read as such), unknown
 * keys at every level with the closest name, an option given twice, invisible characters in names, system
 * catalog names. The first case of each kind runs the bin itself (SPAWNED); the others drive its fast path in
 * this process (support/bin-in-process.ts: the same calls, one process instead of one spawn a case).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin } from './support/bin-run.js';
import { runInProcess } from './support/bin-in-process.js';
import { tempDir } from './support/temp.js';
import { copyTree, treeState } from './support/tree-hash.js';

const BLOG = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'blog.json'), 'utf8')) as Record<string, unknown>;
const SMALL = { ...BLOG, entities: 'Post: title, status:enum(draft|publié)', relations: [] };
const json = (o: unknown) => Buffer.from(JSON.stringify(o), 'utf8');
let pkg = '';
let designed = '';

beforeAll(() => {
  pkg = packageCopy();
  designed = tempDir('edges-base');
  writeFileSync(join(designed, 'blog.json'), json(BLOG));
  expect(runBin(pkg, ['db-schema', '--', '--spec', 'blog.json'], designed).status).toBe(0);
});

interface Case { files?: Record<string, Buffer>; args: string[]; env?: Record<string, string>; base?: boolean; line: RegExp }
const spec = (o: unknown): Record<string, Buffer> => ({ 's.json': json(o) });
const entities = (text: string, db = 'postgres'): Case['args'] => ['db-schema', '--', '--spec', 's.json', '--db', db, '--entities', text];
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

const CASES: Record<string, Case> = {
  'a spec nested 100,000 levels': { files: { 's.json': Buffer.from(`{"relations": ${deep(100_000)}}`) }, args: ['db-schema', '--', '--spec', 's.json'],
    line: /^\[ERROR\] --spec s\.json: nested over 64 levels \(line 1, column 78\); at most 64 are read$/ },
  'db/design.json nested 100,000 levels': { base: true, files: { 'db/design.json': Buffer.from(`{"version": ${deep(100_000)}}`) },
    args: ['db-entity', '--', '--entities', 'Badge: label'], line: /^\[ERROR\] db\/design\.json: nested over 64 levels \(line 1, column 76\).*; fix it or restore it from git$/ },
  'a garbage DB_SCAFFOLD_NOW': { files: spec(SMALL), args: ['db-schema', '--', '--spec', 's.json'], env: { DB_SCAFFOLD_NOW: 'next tuesday' },
    line: /^\[ERROR\] DB_SCAFFOLD_NOW: "next tuesday" is not a date and time db-scaffold can use \(ISO 8601 with Z or an offset, years 1970 to 9999/ },
  'a year-10000 DB_SCAFFOLD_NOW': { files: spec(SMALL), args: ['db-schema', '--', '--spec', 's.json'], env: { DB_SCAFFOLD_NOW: '+010000-01-01T00:00:00Z' },
    line: /^\[ERROR\] DB_SCAFFOLD_NOW: "\+010000-01-01T00:00:00Z" is not a date and time/ },
  'a Latin-1 spec': { files: { 's.json': Buffer.from(JSON.stringify(SMALL), 'latin1') }, args: ['db-schema', '--', '--spec', 's.json'],
    line: /^\[ERROR\] --spec s\.json: not UTF-8 \(byte 0xE9 at line 1, column \d+; Latin-1 or Windows-1252\?\); save it as UTF-8/ },
  'a relation key in the wrong case (ondelete)': { files: spec({ ...BLOG, relations: [{ from: 'Post', to: 'User', kind: 'one-to-many', ondelete: 'cascade' }] }),
    args: ['db-schema', '--', '--spec', 's.json'],
    line: /^\[ERROR\] --spec s\.json: relations\[0\]: unknown key 'ondelete'; did you mean onDelete\? \(allowed: from, to, kind, column, onDelete, name, junction\)$/ },
  'a relation key given as a flag': { args: ['db-schema', '--', '--relations', '[{"from":"A","to":"B","kind":"none","colum":"x"}]'],
    line: /^\[ERROR\] --relations: relations\[0\]: unknown key 'colum'; did you mean column\? \(allowed: / },
  'a top-level key mistyped': { files: spec({ ...SMALL, seeds: 'smoke' }), args: ['db-schema', '--', '--spec', 's.json'],
    line: /^\[ERROR\] --spec s\.json: unknown key 'seeds'; did you mean seed\? \(allowed: intake, db, / },
  'db-change: a key inside a rename': { base: true, files: spec({ entities: 'User: email', renames: [{ form: 'User.email', to: 'User.mail' }] }),
    args: ['db-change', '--', '--spec', 's.json'], line: /^\[ERROR\] --spec s\.json: renames\[0\]: unknown key 'form'; did you mean from\? \(allowed: from, to\)$/ },
  'db-change: a key inside a relation': { base: true, files: spec({ entities: 'User: email', relations: [{ from: 'User', to: 'User', kind: 'none', OnDelete: 'cascade' }] }),
    args: ['db-change', '--', '--spec', 's.json'], line: /^\[ERROR\] --spec s\.json: relations\[0\]: unknown key 'OnDelete'; did you mean onDelete\?/ },
  'an option given twice': { files: spec(SMALL), args: ['db-schema', '--', '--spec', 's.json', '--db', 'mysql', '--db', 'postgres'],
    line: /^\[ERROR\] --db: given twice; give each option once \(the last would silently win\)$/ },
  '--spec given twice': { files: spec(SMALL), args: ['db-schema', '--', '--spec', 's.json', '--spec=s.json'], line: /^\[ERROR\] --spec: given twice/ },
  'a zero-width space in a field name': { files: spec(SMALL), args: entities('Post: ti\u200Btle'),
    line: /^\[ERROR\] entities line 1 \(Post\): field name "ti<U\+200B>tle" contains an invisible character \(U\+200B\); type it with visible characters only$/ },
  'a word joiner in an enum value': { files: spec(SMALL), args: entities('Post: status:enum(draft|pub\u2060lished)'),
    line: /^\[ERROR\] entities line 1 \(Post\) field 'status': enum value "pub<U\+2060>lished" contains an invisible character \(U\+2060\)/ },
  'a no-break space inside a field name': { files: spec(SMALL), args: entities('Post: first\u00A0name'), line: /field name "first<U\+00A0>name" contains an invisible character/ },
  'a tag character in an entity name': { files: spec(SMALL), args: entities('Po\u{E0041}st: title'), line: /entity name "Po.*" contains an invisible character \(U\+E0041\)/ },
  '@table(pg_class)': { files: spec(SMALL), args: entities('Post: title, @table(pg_class)'),
    line: /^\[ERROR\] names: table 'pg_class' starts with 'pg_', which PostgreSQL keeps for its system catalog \(refused on every engine\); give the entity @table\(another_name\)/ },
  'a sqlite_ table on PostgreSQL': { files: spec(SMALL), args: entities('sqlite_user: name'), line: /^\[ERROR\] names: table 'sqlite_users' starts with 'sqlite_', which SQLite keeps/ },
  '@table(information_schema) on MariaDB': { files: spec(SMALL), args: entities('Post: title, @table(information_schema)', 'mysql'),
    line: /^\[ERROR\] names: table 'information_schema' is the name of a system catalog of every engine/ },
  '@table(mysql) on SQLite': { files: spec(SMALL), args: entities('Post: title, @table(mysql)', 'sqlite'), line: /^\[ERROR\] names: table 'mysql' is the name of a system catalog of MySQL and MariaDB/ },
  '@table(mysql.user)': { files: spec(SMALL), args: entities('Post: title, @table(mysql.user)', 'mysql'), line: /^\[ERROR\] entities line 1 \(Post\) @table: 'mysql\.user' is not a valid name/ },
  'a system column (xmin)': { files: spec(SMALL), args: entities('Post: title, xmin:integer', 'sqlite'),
    line: /^\[ERROR\] names: column 'xmin' of posts is a PostgreSQL system column name \(refused on every engine\)/ },
};

/** Through the bin: one case of each kind (the spec's reader, the state's, the clock, the encoding, keys, options, names). */
const SPAWNED = new Set(['a spec nested 100,000 levels', 'db/design.json nested 100,000 levels', 'a garbage DB_SCAFFOLD_NOW',
  'a Latin-1 spec', 'a relation key in the wrong case (ondelete)', 'db-change: a key inside a rename', 'an option given twice',
  'a zero-width space in a field name', '@table(pg_class)', 'UTF-8 with a byte-order mark']);
const run = (what: string, args: string[], dir: string, env?: Record<string, string>) =>
  (SPAWNED.has(what) ? runBin(pkg, args, dir, env) : runInProcess(args, dir, env));

test.each(Object.entries(CASES))('%s: one line, exit 1, the tree unchanged', async (what, c) => {
  const dir = c.base ? copyTree(designed, 'edges') : tempDir('edges');
  for (const [f, body] of Object.entries(c.files ?? {})) writeFileSync(join(dir, f), body);
  const before = treeState(dir);
  const r = await run(what, c.args, dir, c.env);
  expect(r).toMatchObject({ status: 1, out: [] });
  expect(r.err).toEqual([expect.stringMatching(c.line)]);
  expect(treeState(dir)).toEqual(before);
});

test.each([
  ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json(SMALL)])],
  ['UTF-16 little-endian with its byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(SMALL), 'utf16le')])],
  ['UTF-16 big-endian with its byte-order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(JSON.stringify(SMALL), 'utf16le').swap16()])],
])('a spec in %s: read as such (é intact in the enum)', async (what, body) => {
  const dir = tempDir('edges-ok');
  writeFileSync(join(dir, 's.json'), body);
  expect(await run(what, ['db-schema', '--', '--spec', 's.json'], dir)).toMatchObject({ status: 0, err: [] });
  expect(readFileSync(join(dir, 'db', 'schema.sql'), 'utf8')).toContain("IN ('draft', 'publié')");
});
