/**
 * One view model of the compiled physical schema for every ORM file (schema.prisma, schema.ts, models.py):
 * models with their fields, keys, uniques, indexes, checks, FKs as relations and the back-relations they
 * imply. Templates and per-ORM type helpers read it; nothing here knows an ORM.
 */
import { camelCase, pascalCase } from 'change-case';
import pluralize from 'pluralize';
import type { Dialect, DialectId } from '../dialects/dialect.js';
import type { Check, Column, Schema, Table } from '../state/physical-schema.js';
import { checkSql } from '../dialects/shared/ddl.js';
import { keyedView, type KeyedView } from './keyed-view.js';

export interface OrmField extends Column {
  prop: string; sqlType: string; pk: boolean; unique: boolean; enumName?: string; fk: boolean;
  defaultSql?: string;                 // the default as the DDL writes it (after DEFAULT)
}
export interface OrmCheck extends Check { sql: string } // the condition inside CHECK (…), in the dialect's SQL
export interface OrmRelation { name: string; field: string; column: string; prop: string; refModel: string; refTable: string; refColumn: string; refProp: string; onDelete: string /* SQL words, lower case: 'set null' */; nullable: boolean; unique: boolean; backField: string; refVar: string; self: boolean }
export interface OrmBackRelation { name: string; field: string; model: string; table: string; many: boolean; column: string; relField: string; var: string }
export interface OrmKey { name: string; columns: string[]; props: string[] }
export interface OrmModel {
  table: string; model: string; varName: string; doc?: string; fields: OrmField[]; primaryKey: OrmKey; compositePk: boolean;
  uniques: OrmKey[]; indexes: OrmIndex[]; checks: OrmCheck[];
  relations: OrmRelation[]; backRelations: OrmBackRelation[];
  allUniques: OrmKey[]; allIndexes: OrmIndex[]; // single-column ones too
}
export type OrmIndex = OrmKey & KeyedView & { unique: boolean; whereAlive: boolean };
export interface OrmView { dialect: DialectId; models: OrmModel[]; enums: { name: string; values: string[] }[] }

/** A table's variable name in generated code: not a name the code imports or derives ('sql', 'relations', …Relations). */
const jsName = (table: string) => {
  const n = camelCase(table);
  return ['sql', 'relations'].includes(n) || n.endsWith('Relations') ? `${n}Table` : n;
};

const modelName = (t: Table) => t.entity ?? pascalCase(pluralize.singular(t.name));

/** The relation's field from its FK column, the key suffix dropped: author_id → author, ArtistId (column(…)) → artist. */
const relationField = (column: string) => camelCase(column).replace(/(?<=[a-z0-9])Id$/, '');

function uniqueName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name); i++) name = `${wanted}${i}`;
  taken.add(name);
  return name;
}

export function ormView(schema: Schema, d: Dialect): OrmView {
  const models = new Map(schema.tables.map((t) => [t.name, modelName(t)]));
  const enums: OrmView['enums'] = [];
  const out: OrmModel[] = schema.tables.map((t) => {
    const model = models.get(t.name)!;
    const single = (cols: string[]) => cols.length === 1;
    const prop = (c: string) => camelCase(c);
    const fields: OrmField[] = t.columns.map((c) => {
      const enumName = c.type.kind === 'enum' ? `${model}${pascalCase(c.name)}` : undefined;
      if (enumName && c.type.kind === 'enum') enums.push({ name: enumName, values: c.type.values });
      return {
        ...c, prop: prop(c.name), sqlType: d.columnType(c, t), enumName, defaultSql: d.columnDefault(c, t), fk: t.foreignKeys.some((f) => f.column === c.name),
        pk: t.primaryKey.columns.length === 1 && t.primaryKey.columns[0] === c.name,
        unique: t.uniques.some((u) => single(u.columns) && u.columns[0] === c.name) || t.indexes.some((i) => i.unique && !i.whereAlive && !i.keys && !i.where && single(i.columns) && i.columns[0] === c.name),
      };
    });
    const key = (k: { name: string; columns: string[] }): OrmKey => ({ name: k.name, columns: k.columns, props: k.columns.map(prop) });
    const index = (i: Table['indexes'][number]): OrmIndex => ({ ...key(i), ...keyedView(i, d, t), unique: i.unique, whereAlive: !!i.whereAlive });
    return {
      table: t.name, model, varName: jsName(t.name), ...(t.doc ? { doc: t.doc } : {}), fields, primaryKey: key(t.primaryKey), compositePk: t.primaryKey.columns.length > 1,
      uniques: t.uniques.filter((u) => !single(u.columns)).map(key),
      indexes: t.indexes.filter((i) => !(i.unique && !i.whereAlive && !i.keys && !i.where && single(i.columns))).map(index),
      allUniques: t.uniques.map(key), allIndexes: t.indexes.map(index),
      checks: t.checks.map((c) => ({ ...c, sql: checkSql(d, c, t).replace(/^CHECK \((.*)\)$/s, '$1') })), relations: [], backRelations: [],
    };
  });
  const byTable = new Map(out.map((m) => [m.table, m]));
  const tables = new Map(schema.tables.map((t) => [t.name, t]));
  const taken = new Map(out.map((m) => [m.table, new Set(m.fields.map((f) => f.prop))]));
  for (const m of out) {
    const t = tables.get(m.table)!;
    for (const fk of t.foreignKeys) {
      const ref = byTable.get(fk.refTable)!;
      const field = m.fields.find((f) => f.name === fk.column)!;
      const name = uniqueName(relationField(fk.column) || camelCase(ref.model), taken.get(m.table)!);
      const back = uniqueName(field.unique ? camelCase(m.model) : camelCase(pluralize.plural(m.table)), taken.get(ref.table)!); // @table(Album) → albums
      m.relations.push({
        name: fk.name, field: name, column: fk.column, prop: field.prop, refModel: ref.model, refTable: ref.table, refColumn: fk.refColumn,
        refProp: camelCase(fk.refColumn), onDelete: String(fk.onDelete).toLowerCase().replace(/[-_]/g, ' '), nullable: field.nullable, unique: field.unique, backField: back,
        refVar: ref.varName, self: ref === m,
      });
      ref.backRelations.push({ name: fk.name, field: back, model: m.model, table: m.table, many: !field.unique, column: fk.column, relField: name, var: m.varName });
    }
  }
  return { dialect: d.id, models: out, enums };
}
