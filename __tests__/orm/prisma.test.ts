/**
 * prisma/schema.prisma is accepted by Prisma's own validator (prisma-schema-wasm, offline) for every example
 * and the hardest designs on each provider; one golden file shows it; the models follow the tables.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { GOLDEN, readGolden } from '../support/golden.js';
import { DESIGN_NAMES, ormDesign } from './designs.js';

const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { validate(params: string): void };

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
    // one model per table, mapped to it
    expect(schema.match(/^ {2}@@map\("([^"]+)"\)$/gm)?.map((l) => l.slice(9, -2)).sort()).toEqual(r.design.schema!.tables.map((t) => t.name).sort());
    expect(r.files['prisma.config.ts']).toContain("env('DATABASE_URL')");
    expect(Object.keys(r.files).filter((f) => f.startsWith('migrations/'))).toEqual([]);
  });
});

test('the validator does reject a broken schema (the check can fail)', () => {
  const schema = ormDesign('blog', 'postgres', 'prisma').files['prisma/schema.prisma'];
  expect(prismaErrors(schema.replace(/onDelete: Cascade/, 'onDelete: Explode'))).toMatch(/Explode/);
});

test('blog on PostgreSQL: the golden schema.prisma', () => {
  const files = { 'schema.prisma': ormDesign('blog', 'postgres', 'prisma').files['prisma/schema.prisma'] };
  expect(files).toEqual(readGolden(join(GOLDEN, 'orm', 'prisma-blog-postgres'), files));
});
