/**
 * The entity each imported table becomes, distinct: two tables whose names make the same entity (`Album` and
 * `albums` → Album) both stay entities. The one whose name is that entity's own table name (`albums`) keeps it,
 * else the first by name; each other one takes the next free name (`Album2`, …), and its `@table(Album)` keeps
 * the table's name, so the round trip stays exact. Decided once per catalog, from the tables alone (not their order).
 */
import type { Catalog } from '../catalog/types.js';
import { entityName, tableName } from '../model/naming.js';

const MADE = new WeakMap<Catalog, Map<string, string>>();

export function entityNames(tables: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const own = (t: string) => tableName(entityName(t)) === t;
  const order = [...tables].sort((a, b) => Number(own(b)) - Number(own(a)) || (a < b ? -1 : a > b ? 1 : 0));
  for (const t of order) {
    const wanted = entityName(t);
    let name = wanted;
    for (let i = 2; taken.has(name); i++) name = `${wanted}${i}`;
    taken.add(name);
    out.set(t, name);
  }
  return out;
}

/** The entity name of `table` in `c` (its tables the language can hold: `expressible`). */
export function entityOf(c: Catalog, expressible: (t: Catalog['tables'][number]) => boolean): (table: string) => string {
  let names = MADE.get(c);
  if (!names) MADE.set(c, (names = entityNames(c.tables.filter(expressible).map((t) => t.name))));
  const n = names;
  return (table) => n.get(table) ?? entityName(table);
}
