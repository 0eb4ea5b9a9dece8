/** The relations db-import recognises from the FKs, for the confirm screen: one-to-many, one-to-one, many-to-many. */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { Relation } from '../state/model-schema.js';
import { entityName } from '../model/naming.js';
import { junctionRelation } from './junctions.js';

export const IDENT = /^[a-z_][a-z0-9_]*$/;

/** Tables the language can hold: conventional names, a primary key. */
export const expressible = (t: CatTable) => !!t.primaryKey && IDENT.test(t.name) && t.columns.every((c) => IDENT.test(c.name));

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
  for (const t of ents.values()) {
    const fks = t.foreignKeys.filter((f) => f.columns.length === 1 && ents.has(f.refTable));
    const pk = t.primaryKey!.columns;
    const relation = junctionRelation(t, ents, c.dialect);
    if (relation) {
      const [a, b] = [relation.from, relation.to];
      out.push({ kind: 'many-to-many', label: `${a} ↔ ${b} through ${t.name}`, fks: fks.map((f) => `${t.name}.${f.columns[0]}`), relation });
      continue;
    }
    for (const f of fks) {
      const unique = t.uniques.some((u) => u.columns.length === 1 && u.columns[0] === f.columns[0])
        || (pk.length === 1 && pk[0] === f.columns[0]);
      const kind = unique ? 'one-to-one' : 'one-to-many';
      out.push({ kind, label: `${entityName(f.refTable)} → ${entityName(t.name)} (${f.columns[0]})`, fks: [`${t.name}.${f.columns[0]}`] });
    }
  }
  return out;
}
