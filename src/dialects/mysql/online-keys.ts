/**
 * The indexes and uniques on one column through a MySQL/MariaDB expand/contract: which can move (plain keys
 * by column; an FK, a CHECK, an expression key, or a key shared with an FK's column keep the plain form), and
 * their SQL: built on the shadow under `<name>_new` (an index build is INPLACE, LOCK=NONE), dropped by name
 * before the old column goes (a composite key would otherwise shrink), renamed in the contract.
 */
import type { Column, Table } from '../../state/physical-schema.js';
import { isKeyed } from './keyed.js';
import { q } from './online-sync.js';

export interface Key { name: string; columns: string[]; unique: boolean }

/** The keys of `t` that read `col`, or undefined when one of them cannot move to another column. */
export function keysOn(t: Table, col: string): Key[] | undefined {
  const c: Column | undefined = t.columns.find((x) => x.name === col);
  const fkCols = t.foreignKeys.map((f) => f.column);
  if (!c || c.identity || c.onUpdateNow || t.primaryKey.columns.includes(col) || fkCols.includes(col)
    || t.checks.some((k) => k.column === col)) return undefined;
  const ixs = t.indexes.filter((i) => i.columns.includes(col));
  const keys = [
    ...ixs.filter((i) => !t.uniques.some((u) => u.name === i.name))
      .map((i) => ({ name: i.name, columns: i.columns, unique: !!i.unique })),
    ...t.uniques.filter((u) => u.columns.includes(col)).map((u) => ({ name: u.name, columns: u.columns, unique: true })),
  ];
  return ixs.some(isKeyed) || keys.some((k) => k.columns.some((x) => fkCols.includes(x))) ? undefined : keys;
}

export const tmpName = (name: string): string => `${name.slice(0, 60)}_new`;

const on = (k: Key, col: string, to: string) => k.columns.map((c) => q(c === col ? to : c)).join(', ');
export const addKey = (k: Key, col = '', to = '', name = k.name): string =>
  `ADD ${k.unique ? 'UNIQUE ' : ''}KEY ${q(name)} (${on(k, col, to)})`;
export const dropKeys = (ks: Key[], tmp = false): string[] => ks.map((k) => `DROP INDEX ${q(tmp ? tmpName(k.name) : k.name)}`);
export const renameKeys = (ks: Key[], back = false): string[] =>
  ks.map((k) => (back ? [k.name, tmpName(k.name)] : [tmpName(k.name), k.name])).map(([a, b]) => `RENAME INDEX ${q(a)} TO ${q(b)}`);

/** The planner's drop of a key on a column an expand renames: the contract drops it with the column (its down puts it back). */
export function absorbedBy(name: string | undefined, table: string, renames: { t: Table; from: string }[]): boolean {
  return !!name && renames.some((r) => r.t.name === table && (keysOn(r.t, r.from) ?? []).some((k) => k.name === name));
}
