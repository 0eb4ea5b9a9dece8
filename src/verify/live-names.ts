/**
 * The live database's names for the keys the adopted design compiles (`answers.names`, kept-names.ts): a key
 * the design would call `ix_users_nickname` that the live database calls `users_nick_idx` keeps the live name,
 * so the drift check (which matches keys by name) finds them the same. Matched by what each key does.
 */
import type { Catalog, CatTable } from '../catalog/types.js';
import type { Schema, Table } from '../state/physical-schema.js';
import { checkColumnOf } from './live-fields.js';

interface Key { name: string; sig: string }

const cols = (c: string[]) => c.join(',');
const indexSig = (u: boolean, columns: string[], expr: boolean, where: boolean) =>
  `${u ? 'u' : 'i'}:${expr ? `expr${columns.length}` : cols(columns)}:${where ? 'w' : ''}`;

function designKeys(t: Table): Key[][] {
  return [
    [{ name: t.primaryKey.name, sig: cols(t.primaryKey.columns) }],
    [...t.uniques.map((u) => ({ name: u.name, sig: `u:${cols(u.columns)}:` })),
      ...t.indexes.map((i) => ({ name: i.name, sig: indexSig(i.unique, i.keys ?? i.columns, !!i.keys?.some((k) => !i.columns.includes(k)), !!(i.where || i.whereAlive)) }))],
    t.foreignKeys.map((f) => ({ name: f.name, sig: `${f.column}>${f.refTable}` })),
    t.checks.map((c) => ({ name: c.name, sig: c.column })),
  ];
}

function liveKeys(t: CatTable): Key[][] {
  const names = t.columns.map((c) => c.name);
  return [
    t.primaryKey ? [{ name: t.primaryKey.name, sig: cols(t.primaryKey.columns) }] : [],
    [...t.uniques.map((u) => ({ name: u.name, sig: `u:${cols(u.columns)}:` })),
      ...t.indexes.map((i) => ({ name: i.name, sig: indexSig(i.unique, i.columns, !!i.expression, !!i.where) }))],
    t.foreignKeys.map((f) => ({ name: f.name, sig: `${cols(f.columns)}>${f.refTable}` })),
    t.checks.map((c) => ({ name: c.name, sig: checkColumnOf(c.expr, names) ?? '' })),
  ];
}

/**
 * The keys of an engine whose catalog keeps no name for them (caps.unnamedKeys: SQLite numbers its FKs and inline
 * UNIQUEs, and the numbers shift when one goes) named by what they do, on both sides alike, so the drift check and
 * the walk match them by that; never taken into the design (namesFor).
 */
export function keyedByWhat(c: Catalog): Catalog {
  const t = (x: CatTable): CatTable => ({ ...x,
    uniques: x.uniques.map((u) => ({ ...u, name: `${x.name}_uq_${u.columns.join('_')}` })),
    foreignKeys: x.foreignKeys.map((f) => ({ ...f, name: `${x.name}_fk_${f.columns.join('_')}_${f.refTable}` })) });
  return { ...c, tables: c.tables.map(t) };
}

/** `names` with an entry for every compiled key whose live twin has another name (`unnamed`: only indexes and CHECKs). */
export function namesFor(schema: Schema, live: Catalog, given: Record<string, string> = {}, unnamed = false): Record<string, string> {
  const names = { ...given };
  for (const t of schema.tables) {
    const lt = live.tables.find((x) => x.name === t.name);
    if (!lt) continue;
    const lk = liveKeys(lt);
    designKeys(t).forEach((mine, kind) => {
      if (unnamed && kind !== 3 && kind !== 1) return;
      const theirs = lk[kind].filter((l) => !(unnamed && lt.uniques.some((u) => u.name === l.name)) && !mine.some((m) => m.name === l.name));
      for (const m of mine.filter((x) => !lk[kind].some((l) => l.name === x.name))) {
        const twin = theirs.find((l) => l.sig === m.sig);
        if (!twin?.name) continue; // SQLite names no primary key
        theirs.splice(theirs.indexOf(twin), 1);
        const key = Object.keys(names).find((k) => names[k] === m.name) ?? m.name;
        names[key] = twin.name;
      }
    });
  }
  return names;
}
