/** Catalog checks shared by many tests. Each returns the offenders: an empty list means good. */
import type { Catalog, ForeignKey } from './types.js';

export interface UnindexedFk extends ForeignKey {
  table: string;
}

function isPrefix(prefix: string[], of: string[]): boolean {
  return prefix.length > 0 && prefix.length <= of.length && prefix.every((c, i) => of[i] === c);
}

/** FKs whose column list is not the leading prefix of some index or of the primary key. */
export function fkColumnsIndexed(catalog: Catalog): UnindexedFk[] {
  const out: UnindexedFk[] = [];
  for (const [table, t] of Object.entries(catalog.tables)) {
    const keys = [t.primaryKey, ...t.indexes.filter((i) => !i.partial).map((i) => i.columns)];
    for (const fk of t.foreignKeys) {
      if (!keys.some((k) => isPrefix(fk.columns, k))) out.push({ table, ...fk });
    }
  }
  return out;
}

/** Tables that have no primary key. */
export function tablesWithoutPk(catalog: Catalog): string[] {
  return Object.entries(catalog.tables)
    .filter(([, t]) => t.primaryKey.length === 0)
    .map(([name]) => name)
    .sort();
}
