/**
 * What drizzle-kit generate makes from the generated db/schema.ts, applied to a fresh database, has the same
 * tables, columns, types, nullability and FKs as db/schema.sql on the same real engine.
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

/** Tables → columns (name, type, nullable) and FKs (columns → table.columns, on delete), order-free. */
function shape(c: Catalog) {
  return Object.fromEntries(Object.entries(c.tables).map(([name, t]) => [name, {
    columns: t.columns.map((x) => [x.name, x.type, x.nullable]).sort(),
    fks: t.foreignKeys.map((f) => `${f.columns.join(',')} -> ${f.refTable}(${f.refColumns.join(',')}) ${f.onDelete}`).sort(),
  }]));
}

async function catalogOf(db: EngineId, sql: string) {
  const e = await openEngine(db);
  try {
    await e.exec(sql);
    return shape(await e.catalog());
  } finally {
    await e.close();
  }
}

describeEachEngine('drizzle-kit generate from schema.ts vs db/schema.sql', (db) => {
  test.each(['blog', 'keywords', 'everyType', 'features', 'sakila'])('%s: same tables, columns, types, nullability and FKs', async (name) => {
    const r = ormDesign(name, db, 'drizzle');
    const kit = await catalogOf(db, drizzleKitSql(db, r.files['db/schema.ts']));
    const ours = await catalogOf(db, r.files['db/schema.sql']);
    expect(Object.keys(kit).sort()).toEqual(r.design.schema!.tables.map((t) => t.name).sort());
    expect(Object.values(kit).some((t) => t.fks.length)).toBe(true);
    expect(kit).toEqual(ours);
  }, 120_000);
});
