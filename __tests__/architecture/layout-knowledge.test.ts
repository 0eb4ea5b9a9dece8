/** No layout id comparison or id-keyed table outside src/runners/: shared code asks the runner's Layout (README: Layout). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowed, LAYOUTS, scanText, scanTree } from './dialect-scan.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

test('the product spells out layout ids only in src/runners/', () => {
  expect(scanTree(ROOT, LAYOUTS).map((h) => `${h.file}:${h.line} ${h.what}`)).toEqual([]);
});

test.each([
  ["if (layout === 'goose') return [];", 'comparison'],
  ["const own = 'kei-migrate' !== layoutOf(a);", 'comparison'],
  ["switch (layout) {\n  case 'dbmate': return splitAt(t);\n}", 'case'],
  ["switch (id) {\n  case 'alembic': return 1;\n}", 'case'],
  ['const QUERY: Record<LayoutId, string> = makeIt();', 'keyed by LayoutId'],
  ['const Q: Record<Existing, string> = makeIt();', 'keyed by LayoutId'],
  ["const MARK = {\n  atlas: 'atlas migrate set',\n  'golang-migrate': 'migrate force',\n};", 'keyed by layout ids'],
])('a planted violation is found: %s', (text, what) => {
  const hits = scanText('src/planted.ts', text, LAYOUTS);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits[0].what).toContain(what);
  expect(hits[0].line).toBe(text.split('\n').findIndex((l) => /goose|kei-migrate|dbmate|alembic|LayoutId|Existing|atlas/.test(l)) + 1);
});

test.each([
  "const line = '# kei-migrate: record it as applied'; // goose: or dbmate: in a comment",
  "const choices = [c('dbmate', 'dbmate', 'db/migrations/<ts>_<name>.sql')];",
  "/* case 'goose': */ const back = layoutNamed(id).readBack;",
  "if (a.orm === 'prisma') return 'prisma migrate'; // an ORM id, not only a runner's",
])('shared code that asks a Layout member is not flagged: %s', (text) => {
  expect(scanText('src/clean.ts', text, LAYOUTS)).toEqual([]);
});

test('the allowed folder is src/runners/ alone', () => {
  expect(allowed(join('src', 'runners', 'layouts.ts'), LAYOUTS)).toBe(true);
  expect(allowed(join('src', 'import', 'applied.ts'), LAYOUTS)).toBe(false);
  expect(allowed(join('src', 'verify', 'migrations.ts'), LAYOUTS)).toBe(false);
});
