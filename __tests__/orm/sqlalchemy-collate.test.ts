/**
 * collate(…) in SQLAlchemy's models (Debian's python3-sqlalchemy): `sa.String(50, collation="…")`, `sa.Text(collation=…)`,
 * the CREATE TABLE SQLAlchemy compiles for the dialect says COLLATE on those columns. Drizzle and Prisma have no column
 * collation (drizzle-orm#638, prisma#12845): their files say nothing of it, the migrations and db/schema.sql hold it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleSpec, renderSpec } from '../support/golden.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { tempDir } from '../support/temp.js';
import { python } from './python.js';
import { describeWith, SQLALCHEMY } from '../support/extras.js';

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

test.each(['postgres', 'mysql'] as const)('%s: Drizzle and Prisma files say no collation; db/schema.sql does', (db) => {
  for (const orm of ['drizzle', 'prisma'] as const) {
    const r = render(db, orm);
    const file = r.files[orm === 'prisma' ? 'prisma/schema.prisma' : 'db/schema.ts'];
    expect([orm, /collat/i.test(file), /\bbody\b/.test(file)]).toEqual([orm, false, true]);
    expect(r.schema).toContain(SQL_NAME[db]);
  }
});
