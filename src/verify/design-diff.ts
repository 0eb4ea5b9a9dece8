/**
 * The design (its schema snapshot) against a catalog: every table, column (and NULL-ness), primary key, FK,
 * unique and index the design names and the catalog lacks, or the catalog holds and the design does not.
 * Names only: types are compared through schema.sql's catalog, which the design renders.
 */
import type { Catalog } from '../catalog/types.js';
import type { Schema } from '../state/physical-schema.js';

export interface DesignDifference { table: string; object: string; detail: string }

const cols = (c: string[]) => `(${c.join(', ')})`;

function sets(label: string, table: string, design: string[], db: string[], out: DesignDifference[]): void {
  for (const x of design) if (!db.includes(x)) out.push({ table, object: `${label} ${table} ${x}`, detail: 'in the design, not in the database' });
  for (const x of db) if (!design.includes(x)) out.push({ table, object: `${label} ${table} ${x}`, detail: 'in the database, not in the design' });
}

export function diffDesign(schema: Schema, cat: Catalog, ignore: (table: string) => boolean = () => false): DesignDifference[] {
  const out: DesignDifference[] = [];
  const tables = cat.tables.filter((t) => !ignore(t.name));
  for (const t of schema.tables) {
    const c = tables.find((x) => x.name === t.name);
    if (!c) { out.push({ table: t.name, object: `table ${t.name}`, detail: 'in the design, not in the database' }); continue; }
    for (const col of t.columns) {
      const k = c.columns.find((x) => x.name === col.name);
      if (!k) out.push({ table: t.name, object: `column ${t.name}.${col.name}`, detail: 'in the design, not in the database' });
      else if (k.nullable !== col.nullable) {
        const n = (x: boolean) => (x ? 'NULL' : 'NOT NULL');
        out.push({ table: t.name, object: `column ${t.name}.${col.name}`, detail: `${n(col.nullable)} in the design, ${n(k.nullable)} in the database` });
      }
    }
    for (const k of c.columns) {
      if (!t.columns.some((x) => x.name === k.name)) out.push({ table: t.name, object: `column ${t.name}.${k.name}`, detail: 'in the database, not in the design' });
    }
    if (cols(t.primaryKey.columns) !== cols(c.primaryKey?.columns ?? [])) out.push({ table: t.name, object: `primary key ${t.name}`, detail: `design ${cols(t.primaryKey.columns)}, database ${cols(c.primaryKey?.columns ?? [])}` });
    sets('foreign key', t.name, t.foreignKeys.map((f) => `${cols([f.column])} → ${f.refTable}`), c.foreignKeys.map((f) => `${cols(f.columns)} → ${f.refTable}`), out);
    const uniq = (u: { columns: string[] }[]) => u.map((x) => cols(x.columns));
    const dbUniques = [...uniq(c.uniques), ...uniq(c.indexes.filter((i) => i.unique && !i.where && !i.expression))];
    const designUniques = [...uniq(t.uniques), ...uniq(t.indexes.filter((i) => i.unique && !i.whereAlive && !i.where && !i.keys))];
    sets('unique', t.name, [...new Set(designUniques)], [...new Set(dbUniques)].filter((u) => u !== cols(t.primaryKey.columns) || designUniques.includes(u)), out);
    sets('index', t.name, t.indexes.filter((i) => !i.unique || i.whereAlive || i.where || i.keys).map((i) => i.name),
      c.indexes.filter((i) => !i.unique || i.where || i.expression).map((i) => i.name), out);
  }
  for (const c of tables) if (!schema.tables.some((t) => t.name === c.name)) out.push({ table: c.name, object: `table ${c.name}`, detail: 'in the database, not in the design' });
  return out;
}
