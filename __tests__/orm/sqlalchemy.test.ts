/**
 * SQLAlchemy with Debian's python3-sqlalchemy (1.4) and python3-alembic (1.8) through /usr/bin/python3:
 * the models module of every design imports, its mappers configure, Base.metadata.create_all works on
 * SQLite (DDL compiles for PostgreSQL and MySQL) with the tables, columns and (SQLite) indexes of db/schema.sql,
 * partial and expression ones (the v3 design) included. The Alembic chain runs in alembic-engines.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { tempDir } from '../support/temp.js';
import { DESIGN_NAMES, ormDesign } from './designs.js';
import { python } from './python.js';
import { describeWith, SQLALCHEMY } from '../support/extras.js';

describeWith([SQLALCHEMY], 'SQLAlchemy models and Alembic (Debian python3)', () => {
const CHECK = join(process.cwd(), '__tests__', 'orm', 'sqlalchemy-check.py');

test('Debian SQLAlchemy 1.4 and Alembic 1.8 are what /usr/bin/python3 sees', () => {
  expect(python(['-c', 'import sqlalchemy, alembic; print(sqlalchemy.__version__, alembic.__version__)'], process.cwd())).toMatch(/^1\.4\.\d+ 1\.8\.\d+/);
});

describe.each(DIALECT_IDS)('%s', (db) => {
  test.each(DESIGN_NAMES)('%s: models import, mappers configure, the tables, columns and FKs are the design\'s', (name) => {
    const r = ormDesign(name, db, 'sqlalchemy');
    const dir = tempDir('sa-models');
    writeFileSync(join(dir, 'models.py'), r.files['db/models.py']);
    const made = JSON.parse(python([CHECK, join(dir, 'models.py'), db], dir));
    const want = Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, {
      cols: t.columns.map((c) => [c.name, Number(!c.nullable || t.primaryKey.columns.includes(c.name)), Number(t.primaryKey.columns.includes(c.name))]),
      fks: t.foreignKeys.map((f) => `${f.column} -> ${f.refTable} ${f.onDelete.replace('-', ' ')}`).sort(),
      ...(db === 'sqlite' ? { ix: t.indexes.map((i) => `${i.name}${i.unique ? ' unique' : ''}${i.where || i.whereAlive ? ' partial' : ''}`).sort() } : {}),
    }]));
    expect(made).toEqual(want);
  }, 60_000);
});
});
