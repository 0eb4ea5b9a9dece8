/** No dialect id comparison or id-keyed table outside src/dialects/ and the per-ORM folders (README: Layout). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowed, scanText, scanTree } from './dialect-scan.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the product spells out dialect ids only in src/dialects/ and src/orm/<orm>/', () => {
  expect(scanTree(ROOT).map((h) => `${h.file}:${h.line} ${h.what}`)).toEqual([]);
});

test.each([
  ["if (d.id === 'mysql') return [];", 'comparison'],
  ["const x = dialect !== 'sqlite' ? a : b;", 'comparison'],
  ["if ('postgres' == d) go();", 'comparison'],
  ["switch (d.id) {\n  case 'sqlite': return 1;\n}", 'case'],
  ['const T: Record<DialectId, string> = makeIt();', 'keyed by DialectId'],
  ['type T = { [K in DialectId]: number };', 'keyed by DialectId'],
  ["const URL = {\n  postgres: 'postgres://h/db',\n  mysql: 'mysql://h/db',\n};", 'keyed by dialect ids'],
  ["const P = { 'sqlite': 1, 'postgres': 2 };", 'keyed by dialect ids'],
])('a planted violation is found: %s', (text, what) => {
  const hits = scanText('src/planted.ts', text);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits[0].what).toContain(what);
  expect(hits[0].line).toBe(text.split('\n').findIndex((l) => /mysql|sqlite|postgres|DialectId/.test(l)) + 1);
});

test.each([
  "const format = 'sqlite:<path/to/app.sqlite3>'; // postgres: or mysql: in a comment",
  "const SYSTEM = { mysql: 'MySQL and MariaDB', information_schema: 'every engine' };",
  "const url = 'postgres://u@h:5432/db';\nconst label = d.label;",
  "/* if (d.id === 'mysql') */ const x = d.caps.fkNeedsIndex;",
])('shared code that asks a Dialect member is not flagged: %s', (text) => {
  expect(scanText('src/clean.ts', text)).toEqual([]);
});

test('the allowed folders are the dialects and the per-ORM folders, not orm/ itself', () => {
  expect(allowed(join('src', 'dialects', 'mysql', 'index.ts'))).toBe(true);
  expect(allowed(join('src', 'orm', 'drizzle', 'helpers.ts'))).toBe(true);
  expect(allowed(join('src', 'orm', 'view.ts'))).toBe(false);
  expect(allowed(join('src', 'seed', 'render.ts'))).toBe(false);
});
