/**
 * The downs of MySQL/MariaDB contracts (online-expand.ts), as safe under live writers as the contracts: the old shape
 * comes back beside the new (NULL, no default: INSTANT), the triggers that keep both in step run before any row is
 * copied, the rows are copied in batches (online-sync.ts), and only then does the old column take its whole definition
 * and its keys (INPLACE, LOCK=NONE: the triggers fill it for every write meanwhile). A type change's down swaps the
 * columns back under LOCK TABLES for the instant steps only (renames, the triggers), as its contract did. The state
 * reached is the expand's: its down then removes the new shape.
 */
import type { Column, Table } from '../../state/physical-schema.js';
import { colDef } from './index.js';
import { mysqlType } from './types.js';
import { batchedUpdate, dropSync, lockedSwap, q, syncTriggers } from './online-sync.js';
import { addKey, tmpName, type Key } from './online-keys.js';

export const ONLINE = ',\n  ALGORITHM=INPLACE, LOCK=NONE;';
export const alter = (t: string, clauses: string[]): string => `ALTER TABLE ${q(t)} ${clauses.join(', ')}${ONLINE}`;
/** A column dropped in the metadata only (MariaDB 10.4+, MySQL 8.0.29+; a key on it goes first, INPLACE): no rebuild. */
export const instant = (t: string, clauses: string[]): string => `ALTER TABLE ${q(t)} ${clauses.join(', ')},\n  ALGORITHM=INSTANT;`;
/** The column as an expand (or a down) adds it: its type, NULL, no default (the triggers fill it; a later ALTER gives the rest). */
export const bare = (c: Column, t: Table, name = c.name): string => `${q(name)} ${mysqlType(c, t)} NULL`;

/** The column's whole definition under `name`, once the triggers fill it, when it is more than bare (NOT NULL, a default). */
const whole = (c: Column, t: Table, name = c.name): string[] => {
  const def = colDef({ ...c, name }, t);
  return def === bare(c, t, name) ? [] : [alter(t.name, [`MODIFY COLUMN ${def}`])];
};

/** A rename's contract down: `from` back (bare) while `to` goes bare again, the sync first, the copy in batches, then
 *  `from`'s definition and keys. Every write of the new code meanwhile reaches both (the sync's update trigger fills
 *  the old column of a row not yet copied: online-sync.ts). */
export function renameDown(b: Table, t: Table, old: Column, col: Column, keys: Key[]): string[] {
  const [from, to] = [old.name, col.name];
  return [alter(t.name, [`MODIFY COLUMN ${bare(col, t)}`, `ADD COLUMN ${bare(old, b)}`]), ...syncTriggers(t.name, from, to),
    batchedUpdate(b, from, `${q(from)} = ${q(to)}`, `NOT (${q(from)} <=> ${q(to)})`),
    ...whole(old, b), ...(keys.length ? [alter(t.name, keys.map((k) => addKey(k)))] : [])];
}

export const oldOf = (col: string): string => `${col.slice(0, 59)}__old`;
const oldKey = (name: string) => `${name.slice(0, 60)}_old`;

/**
 * A type change's contract down: `<col>__old` of the old type added bare with its keys (`<key>_old`), filled by triggers
 * from every write of the column and copied in batches, given its whole definition; then, writes held for the instant
 * steps only, the triggers dropped, the keys and columns renamed back (`col` → its shadow, `<col>__old` → `col`) and the
 * expand's triggers created; last the shadow goes bare as the expand made it (the triggers fill it meanwhile).
 */
export function retypeDown(b: Table, t: Table, from: Column, to: Column, sh: string, keys: Key[], sync: string[]): string[] {
  const [c, o] = [to.name, oldOf(to.name)];
  const renames = keys.flatMap((k) => [`RENAME INDEX ${q(k.name)} TO ${q(tmpName(k.name))}`, `RENAME INDEX ${q(oldKey(k.name))} TO ${q(k.name)}`]);
  return [alter(t.name, [`ADD COLUMN ${bare(from, b, o)}`]),
    ...(keys.length ? [alter(t.name, keys.map((k) => addKey(k, c, o, oldKey(k.name))))] : []),
    ...syncTriggers(t.name, c, o, `NEW.${q(c)}`),
    batchedUpdate(t, o, `${q(o)} = ${q(c)}`, `${q(o)} IS NULL AND ${q(c)} IS NOT NULL`),
    ...whole(from, b, o),
    ...lockedSwap(t.name, [...dropSync(t.name, c, o), ...(renames.length ? [alter(t.name, renames)] : []),
      `ALTER TABLE ${q(t.name)} RENAME COLUMN ${q(c)} TO ${q(sh)}, RENAME COLUMN ${q(o)} TO ${q(c)},\n  ALGORITHM=INSTANT;`, ...sync]),
    ...(colDef({ ...to, name: sh }, t) === bare(to, t, sh) ? [] : [alter(t.name, [`MODIFY COLUMN ${bare(to, t, sh)}`])])];
}
