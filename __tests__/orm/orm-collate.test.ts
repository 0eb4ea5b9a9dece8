/**
 * collate(…) in SQLAlchemy's models (Debian's python3-sqlalchemy): `sa.String(50, collation="…")`, `sa.Text(collation=…)`,
 * the CREATE TABLE SQLAlchemy compiles for the dialect says COLLATE on those columns. Drizzle has no column collation
 * (drizzle-orm#638): its db/schema.ts says nothing of it, the migrations and db/schema.sql hold it. Nor has Prisma
 * (prisma#12845), whose prisma migrate makes the migrations: refused in one line with the ways on.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleSpec, renderSpec } from '../support/golden.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { tempDir } from '../support/temp.js';
import { python } from './python.js';
import { describeWith, SQLALCHEMY } from '../support/extras.js';
import { userError } from '../support/design.js';
import { planChange } from '../../src/change/plan.js';
import { ChangeSpec } from '../../src/change/spec.js';
import { tmpdir } from 'node:os';

const NAME: Record<DialectId, string> = { postgres: 'C', mysql: 'utf8mb4_bin', sqlite: 'nocase' };
const SQL_NAME: Record<DialectId, string> = { postgres: 'COLLATE "C"', mysql: 'COLLATE utf8mb4_bin', sqlite: 'COLLATE "NOCASE"' };
function render(db: DialectId, orm: 'sqlalchemy' | 'drizzle' | 'prisma') {
  const spec = exampleSpec('blog', { db, orm, entities: `Word: name:string(50):collate(${NAME[db]}), body:text:optional:collate(${NAME[db]}), plain`,
    relations: [], irreversible: [], scale: 'team' });
  return renderSpec({ ...spec, runner: orm === 'drizzle' ? spec.runner : 'existing', existing: undefined }); // as designs.ts's ormDesign
}

const COMPILE = `import importlib.util, sys
from sqlalchemy.schema import CreateTable
from sqlalchemy.dialects import postgresql, mysql, sqlite
spec = importlib.util.spec_from_file_location('models', sys.argv[1]); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
d = {'postgres': postgresql.dialect(), 'mysql': mysql.dialect(), 'sqlite': sqlite.dialect()}[sys.argv[2]]
print(CreateTable(m.Base.metadata.tables['words']).compile(dialect=d))`;

describeWith([SQLALCHEMY], 'collate(…) in the ORM files', () => {
  test.each(['postgres', 'mysql', 'sqlite'] as const)('%s: SQLAlchemy says collation=, its CREATE TABLE says COLLATE', (db) => {
    const models = render(db, 'sqlalchemy').files['db/models.py'];
    const coll = db === 'sqlite' ? 'NOCASE' : NAME[db];
    expect(models).toContain(`sa.String(50, collation="${coll}")`);
    expect(models).toContain(`sa.Text(collation="${coll}")`);
    expect(models).not.toMatch(/"plain", [^\n]*collation/);
    const dir = tempDir('sa-collate');
    writeFileSync(join(dir, 'models.py'), models);
    writeFileSync(join(dir, 'compile.py'), COMPILE);
    const ddl = python([join(dir, 'compile.py'), join(dir, 'models.py'), db], dir);
    expect(ddl).toMatch(new RegExp(`name VARCHAR\\(50\\) ${SQL_NAME[db].replace(/"/g, '"?')} NOT NULL`));
    expect(ddl).toMatch(new RegExp(`body TEXT ${SQL_NAME[db].replace(/"/g, '"?')}`));
  }, 60_000);
});

test.each(['postgres', 'mysql'] as const)('%s: Drizzle\'s file says no collation, db/schema.sql does; Prisma is refused', (db) => {
  const r = render(db, 'drizzle');
  expect([/collat/i.test(r.files['db/schema.ts']), /\bbody\b/.test(r.files['db/schema.ts'])]).toEqual([false, true]);
  expect(r.schema).toContain(SQL_NAME[db]);
  expect(userError(() => render(db, 'prisma'))).toBe(`words.name: collate(${NAME[db]}) would not reach the migrations (prisma migrate ` +
    'makes the migrations (prisma/migrations/) from prisma/schema.prisma, written from this design; it has no column collation): use orm ' +
    'none, drizzle or sqlalchemy (db-scaffold writes the migrations), or leave collate(…) out and add the COLLATE to the migration ' +
    'prisma makes (prisma migrate dev --create-only)');
});

test('a Prisma design given collate(…) by db-change: refused before anything is written', () => {
  const spec = exampleSpec('blog', { db: 'postgres', orm: 'prisma', entities: 'Word: name:string(50)', relations: [], irreversible: [], scale: 'team' });
  const first = renderSpec({ ...spec, runner: 'existing', existing: undefined });
  const change = ChangeSpec.parse({ entities: 'Word: name:string(50):collate(C)', relations: [] });
  expect(userError(() => planChange(first.design, change, join(tmpdir(), 'db-scaffold-no-such-dir'), new Date('2026-03-02T05:06:07Z'))))
    .toMatch(/^words\.name: collate\(C\) would not reach the migrations \(prisma migrate makes the migrations .*--create-only\)$/);
});
