/**
 * What drizzle-kit generate makes from the generated db/schema.ts, applied to a fresh database, has the same
 * tables, columns, types, nullability, FKs and indexes (partial and expression ones too: the v3 design) as
 * db/schema.sql on the same real engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEachEngine, openEngine, type Catalog, type EngineId } from '../support/engines.js';
import { tempDir } from '../support/temp.js';
import { ormDesign } from './designs.js';

const KIT = join(process.cwd(), 'node_modules', 'drizzle-kit', 'bin.cjs');
const KIT_DIALECT: Record<EngineId, string> = { postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite' };

/** drizzle-kit generate on schema.ts (offline): the SQL of its first migration. */
function drizzleKitSql(db: EngineId, schemaTs: string): string {
  const dir = tempDir('drizzle-kit');
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  mkdirSync(join(dir, 'db'));
  writeFileSync(join(dir, 'db', 'schema.ts'), schemaTs);
  const r = spawnSync(process.execPath, [KIT, 'generate', '--dialect', KIT_DIALECT[db], '--schema', './db/schema.ts', '--out', './drizzle'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`drizzle-kit generate: ${r.stderr || r.stdout}`);
  const file = readdirSync(join(dir, 'drizzle')).find((f) => f.endsWith('.sql'));
  if (!file) throw new Error(`drizzle-kit generate wrote no SQL: ${r.stdout}${r.stderr}`);
  return readFileSync(join(dir, 'drizzle', file), 'utf8').replace(/--> statement-breakpoint/g, '');
}

/** Tables → columns (name, type, nullable), FKs (columns → table.columns, on delete) and indexes, order-free. A
 *  SQLite UNIQUE constraint (ours) and a unique index (drizzle-kit's) are one thing under two names: no name then.
 *  `undeclared`: the indexes schema.ts says it cannot declare (MySQL/MariaDB generated columns), and their columns. */
function shape(c: Catalog, undeclared: string[] = []) {
  const gone = (n: string) => undeclared.some((u) => n === u || new RegExp(`^gx\\d+_${u}$`).test(n));
  const index = (i: Catalog['tables'][string]['indexes'][number]) => `${i.name.startsWith('sqlite_') || (i.unique && /^uq_/.test(i.name)
    && !i.partial && c.functions === undefined) ? '' : i.name} (${i.columns.join(',')})${i.unique ? ' unique' : ''}${i.partial ? ' partial' : ''}`;
  return Object.fromEntries(Object.entries(c.tables).map(([name, t]) => [name, {
    columns: t.columns.filter((x) => !gone(x.name)).map((x) => [x.name, x.type, x.nullable]).sort(),
    fks: t.foreignKeys.map((f) => `${f.columns.join(',')} -> ${f.refTable}(${f.refColumns.join(',')}) ${f.onDelete}`).sort(),
    indexes: t.indexes.filter((i) => !gone(i.name)).map(index).sort(),
  }]));
}

async function catalogOf(db: EngineId, sql: string, undeclared?: string[]) {
  const e = await openEngine(db);
  try {
    await e.exec(sql);
    return shape(await e.catalog(), undeclared);
  } finally {
    await e.close();
  }
}

describeEachEngine('drizzle-kit generate from schema.ts vs db/schema.sql', (db) => {
  test.each(['blog', 'keywords', 'everyType', 'features', 'sakila', 'v3'])('%s: same tables, columns, types, nullability, FKs and indexes', async (name) => {
    const r = ormDesign(name, db, 'drizzle');
    const ts = r.files['db/schema.ts'];
    const undeclared = [...ts.matchAll(/^\s*\/\/ (\S+) \(.*\) is kept in db\/schema\.sql/gm)].map((m) => m[1]);
    if (name === 'v3') expect(undeclared.length > 0).toBe(db === 'mysql'); // only MariaDB lacks partial and expression indexes
    const ext = /\bcitext\(/.test(ts) ? 'CREATE EXTENSION IF NOT EXISTS citext;\n' : ''; // drizzle-kit makes no extension
    const kit = await catalogOf(db, ext + drizzleKitSql(db, ts));
    const ours = await catalogOf(db, r.files['db/schema.sql'], undeclared);
    expect(Object.keys(kit).sort()).toEqual(r.design.schema!.tables.map((t) => t.name).sort());
    expect(Object.values(kit).some((t) => t.fks.length)).toBe(true);
    expect(kit).toEqual(ours);
  }, 120_000);
});
