/**
 * The names db-import keeps: for every index, unique, FK, check and primary key the baseline makes with another
 * name than the original's, `generated → original` (the design's `names`, see model/kept-names.ts). Objects are
 * matched by what they do, as the residue matches them; names the engine does not keep (SQLite's keys, FKs and
 * uniques) are left alone.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import { squash } from '../catalog/compare.js';
import { dialectOf } from '../dialects/registry.js';
import { cols } from './residue-table.js';

type Named = { name: string };
/** A quoted lower-case name is the bare one (SQLite keeps an index's text as written: `"due" IS NULL`, `due IS NULL`). */
const bare = (s: string | undefined) => s?.replace(/"([a-z_][a-z0-9_]*)"/g, '$1');
const indexKey = (i: CatTable['indexes'][number]) =>
  `${i.unique}|${cols(i.columns.map((c) => bare(c)!))}|${bare(squash(i.where))}|${i.method ?? ''}`;
const fkKey = (f: CatTable['foreignKeys'][number]) => `${cols(f.columns)}→${f.refTable}${cols(f.refColumns)}`;

function pair<T extends Named>(orig: T[], base: T[], key: (x: T) => string, out: Record<string, string>): void {
  for (const b of base) {
    const o = orig.filter((x) => key(x) === key(b));
    if (o.length === 1 && o[0].name && b.name && o[0].name !== b.name) out[b.name] = o[0].name;
  }
}

export function namesOf(orig: Catalog, base: Catalog): Record<string, string> {
  const out: Record<string, string> = {};
  const sqlite = !!dialectOf(orig.dialect).caps.unnamedKeys;
  for (const o of orig.tables) {
    const b = base.tables.find((x) => x.name === o.name);
    if (!b) continue;
    pair(o.indexes, b.indexes, indexKey, out);
    pair(o.checks, b.checks, (c) => squash(c.expr), out);
    if (sqlite) continue;
    pair(o.uniques, b.uniques, (u) => cols(u.columns), out);
    pair(o.foreignKeys, b.foreignKeys, fkKey, out);
    if (o.primaryKey && b.primaryKey) pair([o.primaryKey], [b.primaryKey], (k) => cols(k.columns), out);
  }
  return out;
}
