/** The relations db-import recognises from the FKs, for the confirm screen: one-to-many, one-to-one, many-to-many. */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { Relation } from '../state/model-schema.js';
import { snake } from '../model/naming.js';
import { junctionRelation } from './junctions.js';
import { entityOf } from './entity-names.js';
import { langType } from './lang-types.js';

export const IDENT = /^[a-z_][a-z0-9_]*$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The type of the first key column the language cannot key (text, json, binary), whose table is then created whole. */
export function unkeyable(t: CatTable): string | undefined {
  const keys = (t.primaryKey?.columns ?? []).map((k) => t.columns.find((x) => x.name === k));
  const types = keys.map((c) => (c ? langType(c) : 'text'));
  return types.find((x) => ['text', 'json', 'binary'].includes(x));
}

/** Tables the language can hold: a primary key of key types, names of letters, digits and _ whose fields (snake_case)
 *  stay apart. */
export const expressible = (t: CatTable) => !!t.primaryKey && !unkeyable(t) && NAME.test(t.name) && t.columns.every((c) => NAME.test(c.name))
  && new Set(t.columns.map((c) => (IDENT.test(c.name) ? c.name : snake(c.name)))).size === t.columns.length
  && t.columns.every((c) => IDENT.test(c.name) || IDENT.test(snake(c.name)));

export interface Recognised {
  kind: 'one-to-many' | 'one-to-one' | 'many-to-many';
  /** `Film → Inventory (film_id)`, `Actor ↔ Film through film_actor` */
  label: string;
  /** `table.column` of the FK(s) the relation stands on. */
  fks: string[];
  /** A junction said as a many-to-many (its table then is no entity). */
  relation?: Relation;
}

/** The relations the FKs stand for: a junction the language can say (junctions.ts) is many-to-many. */
export function recognise(c: Catalog): Recognised[] {
  const out: Recognised[] = [];
  const ents = new Map(c.tables.filter(expressible).map((t) => [t.name, t]));
  const entity = entityOf(c, expressible);
  for (const t of ents.values()) {
    const fks = t.foreignKeys.filter((f) => f.columns.length === 1 && ents.has(f.refTable));
    const pk = t.primaryKey!.columns;
    // a junction's relation names its columns as fields: one with other names stays an entity (@pk of two refs)
    const relation = IDENT.test(t.name) && t.columns.every((x) => IDENT.test(x.name)) ? junctionRelation(t, ents, c.dialect, entity) : undefined;
    if (relation) {
      const [a, b] = [relation.from, relation.to];
      out.push({ kind: 'many-to-many', label: `${a} ↔ ${b} through ${t.name}`, fks: fks.map((f) => `${t.name}.${f.columns[0]}`), relation });
      continue;
    }
    for (const f of fks) {
      const unique = t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === f.columns[0])
        || (pk.length === 1 && pk[0] === f.columns[0]);
      const kind = unique ? 'one-to-one' : 'one-to-many';
      out.push({ kind, label: `${entity(f.refTable)} → ${entity(t.name)} (${f.columns[0]})`, fks: [`${t.name}.${f.columns[0]}`] });
    }
  }
  return out;
}
