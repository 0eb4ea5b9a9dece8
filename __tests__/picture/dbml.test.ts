/** db/schema.dbml of every example (and the 40-table design) is read back by @dbml/core: the same tables,
 *  columns, primary keys and refs as the design. */
import { Parser } from '@dbml/core';
import { exampleRuns, wideDesign } from './designs.js';
import { pictureRecords } from '../../src/picture/files.js';
import type { Design } from '../../src/state/design-schema.js';

interface Field { name: string; pk: boolean }
interface Endpoint { tableName: string; fieldNames: string[]; relation: string }
interface Db { schemas: { tables: { name: string; fields: Field[] }[]; refs: { endpoints: Endpoint[] }[] }[] }

const cases: [string, Design, string][] = [
  ...exampleRuns().map((r) => [`${r.name}/${r.db}`, r.design, r.files['db/schema.dbml']] as [string, Design, string]),
  ['wide-40', wideDesign(40, 'sqlite'), pictureRecords(wideDesign(40, 'sqlite')).find((f) => f.path === 'db/schema.dbml')!.body],
];

test('the parser refuses broken DBML (the check can fail)', () => {
  expect(() => Parser.parse('Table t {\n  id int [pk\n}', 'dbml')).toThrow();
});

test.each(cases)('%s: parsed back, the same tables, columns and refs', (_label, design, dbml) => {
  const db = Parser.parse(dbml, 'dbml') as unknown as Db;
  const tables = db.schemas.flatMap((s) => s.tables);
  const schema = design.schema!;
  expect(tables.map((t) => t.name)).toEqual(schema.tables.map((t) => t.name));
  for (const t of schema.tables) {
    const got = tables.find((x) => x.name === t.name)!;
    expect(got.fields.map((f) => f.name)).toEqual(t.columns.map((c) => c.name));
    if (t.primaryKey.columns.length === 1) expect(got.fields.filter((f) => f.pk).map((f) => f.name)).toEqual(t.primaryKey.columns);
  }
  const refs = db.schemas.flatMap((s) => s.refs).map((r) => {
    const child = r.endpoints.find((e) => e.relation === '*') ?? r.endpoints[0];
    const parent = r.endpoints.find((e) => e !== child)!;
    return `${child.tableName}.${child.fieldNames[0]}->${parent.tableName}.${parent.fieldNames[0]}`;
  });
  const fks = schema.tables.flatMap((t) => t.foreignKeys.map((f) => `${t.name}.${f.column}->${f.refTable}.${f.refColumn}`));
  expect(refs.sort()).toEqual(fks.sort());
});
