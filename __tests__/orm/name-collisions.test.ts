/**
 * ORM names that collide after mapping are renamed with a note, and the ORM's own tool accepts the result:
 * SQLAlchemy classes named None, True, False (Python constants) or Base (the declarative base) become
 * `<Name>Model` with a comment saying why; Prisma enum members that map to one identifier (`a b`, `a_b`)
 * get `_2`, with their @map keeping the stored value and a comment naming the twin.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { exampleSpec, renderSpec } from '../support/golden.js';
import { tempDir } from '../support/temp.js';
import { python } from './python.js';
import { describeWith, SQLALCHEMY } from '../support/extras.js';

const wasm = createRequire(import.meta.url)('@prisma/prisma-schema-wasm') as { validate(params: string): void; get_dmmf(params: string): string };
const CHECK = join(process.cwd(), '__tests__', 'orm', 'sqlalchemy-check.py');
const ENTITIES = 'None: label\nTrue: label, none_id\nBase: label, true_id\nFalse: label\nBaseModel: label';
const RELATIONS = [{ from: 'True', to: 'None', kind: 'one-to-many' as const }, { from: 'Base', to: 'True', kind: 'one-to-many' as const }];
const render = (db: (typeof DIALECT_IDS)[number], orm: 'sqlalchemy' | 'prisma', entities: string, relations = RELATIONS) =>
  renderSpec({ ...exampleSpec('blog', { db, orm, entities, relations, irreversible: [] }), runner: 'existing', existing: undefined });

describeWith([SQLALCHEMY], 'SQLAlchemy: colliding class names (Debian python3)', () => {
  test.each(DIALECT_IDS)('%s: None, True, False and Base renamed with a note; the module imports and maps every table', (db) => {
    const models = render(db, 'sqlalchemy', ENTITIES).files['db/models.py'];
    const classes = [...models.matchAll(/^class (\w+)\(Base\):(.*)$/gm)].map((m) => [m[1], m[2]]).sort();
    expect(classes).toEqual([
      ['BaseModel', ''],
      ['BaseModel2', '  # the entity Base, renamed: Base is the declarative base'],
      ['FalseModel', '  # the entity False, renamed: False is a Python constant'],
      ['NoneModel', '  # the entity None, renamed: None is a Python constant'],
      ['TrueModel', '  # the entity True, renamed: True is a Python constant'],
    ]);
    const dir = tempDir('sa-names');
    writeFileSync(join(dir, 'models.py'), models);
    const made = JSON.parse(python([CHECK, join(dir, 'models.py'), db], dir)) as Record<string, { fks: string[] }>;
    expect(Object.keys(made).sort()).toEqual(['base_models', 'bases', 'falses', 'nones', 'trues']);
    expect(made.bases.fks).toEqual([expect.stringMatching(/^true_id -> trues /)]);
  }, 60_000);
});

describe.each(DIALECT_IDS)('%s', (db) => {
  test('Prisma: enum values that map to one member (a b, a_b, a-b) are told apart; Prisma validates; @map keeps each value', () => {
    const schema = render(db, 'prisma', 'Post: title, status:enum(a b|a_b|a-b|c)', []).files['prisma/schema.prisma'];
    expect(schema).toContain('  a_b @map("a b")\n  a_b_2 @map("a_b") // renamed: "a b" maps to a_b too\n  a_b_3 @map("a-b") // renamed: "a b" maps to a_b too\n  c\n');
    wasm.validate(JSON.stringify({ prismaSchema: [['schema.prisma', schema]], noColor: true }));
    const dmmf = JSON.parse(wasm.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', schema]] })));
    const values = dmmf.datamodel.enums[0].values.map((v: { name: string; dbName: string | null }) => [v.name, v.dbName ?? v.name]);
    expect(values).toEqual([['a_b', 'a b'], ['a_b_2', 'a_b'], ['a_b_3', 'a-b'], ['c', 'c']]);
  });
});
