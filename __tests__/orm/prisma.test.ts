/**
 * prisma/schema.prisma is accepted by Prisma's own validator (prisma-schema-wasm, offline) for every example
 * and the hardest designs on each provider; one golden file shows it; the models follow the tables.
 */
import { createRequire } from 'node:module';
import { pascalCase } from 'change-case';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { GOLDEN, readGolden } from '../support/golden.js';
import { DESIGN_NAMES, ormDesign } from './designs.js';

const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { validate(params: string): void; get_dmmf(params: string): string };

interface DmmfField { name: string; dbName?: string | null; kind: string; isRequired: boolean; relationFromFields?: string[]; relationOnDelete?: string; type: string }

/** Prisma's own reading of the schema: table → columns (name, NOT NULL) and FKs (column → table, on delete). */
function prismaTables(schema: string) {
  const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] })));
  const models = dmmf.datamodel.models as { name: string; dbName: string | null; fields: DmmfField[] }[];
  const table = (model: string) => { const m = models.find((x) => x.name === model)!; return m.dbName ?? m.name; };
  return Object.fromEntries(models.map((m) => {
    const column = (f: string) => { const x = m.fields.find((y) => y.name === f)!; return x.dbName ?? x.name; };
    const cols = m.fields.filter((f) => f.kind !== 'object').map((f) => [f.dbName ?? f.name, f.isRequired]);
    const fks = m.fields.filter((f) => f.relationFromFields?.length).map((f) => `${f.relationFromFields!.map(column).join(',')} -> ${table(f.type)} ${f.relationOnDelete}`);
    return [m.dbName ?? m.name, { cols: cols.sort(), fks: fks.sort() }];
  }));
}

/** undefined when valid, else Prisma's first error message. */
function prismaErrors(schema: string): string | undefined {
  try {
    wasm.validate(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
    return undefined;
  } catch (e) {
    const raw = String((e as Error).message ?? e);
    try { return JSON.parse(raw).message; } catch { return raw; }
  }
}

describe.each(DIALECT_IDS)('%s', (db) => {
  test.each(DESIGN_NAMES)('%s: Prisma validates schema.prisma', (name) => {
    const r = ormDesign(name, db, 'prisma');
    const schema = r.files['prisma/schema.prisma'];
    expect(schema).toContain(`provider = "${db === 'postgres' ? 'postgresql' : db}"`);
    expect(prismaErrors(schema)).toBeUndefined();
    // as Prisma reads it: one model per table with its columns, nullability and FKs
    expect(prismaTables(schema)).toEqual(Object.fromEntries(r.design.schema!.tables.map((t) => [t.name, {
      // a list is never optional in Prisma: a nullable text[] reads as required there (and the file says so)
      cols: t.columns.map((c) => [c.name, !c.nullable || (c.type.kind === 'text' && !!c.type.array)]).sort(),
      fks: t.foreignKeys.map((f) => `${f.column} -> ${f.refTable} ${pascalCase(f.onDelete)}`).sort(),
    }])));
    expect(r.files['prisma.config.ts']).toContain("env('DATABASE_URL')");
    expect(Object.keys(r.files).filter((f) => f.startsWith('migrations/'))).toEqual([]);
  });
});

test('a nullable text[] says in the file what Prisma cannot say', () => {
  const schema = ormDesign('v3', 'postgres', 'prisma').files['prisma/schema.prisma'];
  expect(schema).toMatch(/aliases +String\[\] .*\/\/ NULL allowed in the database; a Prisma list cannot be optional/);
  expect(schema).not.toMatch(/tags +String\[\] .*NULL allowed/);
});

test('partial and expression indexes, which Prisma cannot declare, are named in the file with where they are kept', () => {
  const schema = ormDesign('v3', 'postgres', 'prisma').files['prisma/schema.prisma'];
  expect(schema).toContain('// uq_loans_tool_id_partial (tool_id WHERE returned_at IS NULL) is a partial or expression unique index, '
    + 'which Prisma cannot declare: kept in db/schema.sql');
  expect(schema).toContain('// uq_members_lower_email (lower(email)) is a partial or expression unique index, which Prisma cannot declare');
  expect(schema).not.toMatch(/@@unique\(\[toolId\]/); // not declared as a plain unique, which would refuse a second returned loan
});

test.each(DIALECT_IDS)('%s: column(…) names (Chinook\'s ArtistId): the relation field drops the Id (artist), the list is plural; Prisma validates', (db) => {
  const schema = ormDesign('mapped', db, 'prisma').files['prisma/schema.prisma'];
  expect(schema).toMatch(/^ {2}artist Artist @relation\("fk_Album_artist_id", fields: \[artistId\], references: \[artistId\]/m);
  expect(schema).toMatch(/^ {2}albums Album\[\] @relation\("fk_Album_artist_id"\)$/m);
  expect(schema).not.toMatch(/artistId2/);
  expect(prismaErrors(schema)).toBeUndefined();
});

test('the validator does reject a broken schema (the check can fail)', () => {
  const schema = ormDesign('blog', 'postgres', 'prisma').files['prisma/schema.prisma'];
  expect(prismaErrors(schema.replace(/onDelete: Cascade/, 'onDelete: Explode'))).toMatch(/Explode/);
});

test('blog on PostgreSQL: the golden schema.prisma', () => {
  const files = { 'schema.prisma': ormDesign('blog', 'postgres', 'prisma').files['prisma/schema.prisma'] };
  expect(files).toEqual(readGolden(join(GOLDEN, 'orm', 'prisma-blog-postgres'), files));
});
