/**
 * The keys on one column (indexes, uniques, FKs, CHECKs) through an expand/contract on PostgreSQL: built on
 * the new column under temporary names (CONCURRENTLY, or NOT VALID then VALIDATE), given their names in the
 * contract once the old column and its keys are gone, and put back as they were by the contract's down.
 */
import type { Table } from '../../state/physical-schema.js';
import type { Piece } from '../online.js';
import * as ddl from '../shared/ddl.js';
import { postgres } from './index.js';
import { concurrentIndex, constraintPieces, dropConcurrently, q, uniquePieces } from './online-sql.js';

export interface Keys { indexes: Table['indexes']; uniques: Table['uniques']; fks: Table['foreignKeys']; checks: Table['checks'] }

export const keysOn = (t: Table, col: string): Keys => ({
  indexes: t.indexes.filter((i) => i.columns.includes(col)), uniques: t.uniques.filter((u) => u.columns.includes(col)),
  fks: t.foreignKeys.filter((f) => f.column === col), checks: t.checks.filter((c) => c.column === col),
});
const count = (k: Keys) => k.indexes.length + k.uniques.length + k.fks.length + k.checks.length;

/** Can they move to another column by name: no expression key, partial predicate or CHECK expression reads the column. */
export const movable = (k: Keys): boolean => !k.indexes.some((i) => i.keys || i.where) && !k.checks.some((c) => c.rule === 'expr');

/** The name a key has on the new column until the contract (63 characters at most). */
export const tmpName = (name: string): string => `${name.slice(0, 59)}_new`;

/** The keys of `t` on `col`, built on `shadow` under their temporary names. */
export function shadowKeys(t: Table, col: string, shadow: string): Piece[] {
  const k = keysOn(t, col);
  const map = (cs: string[]) => cs.map((c) => (c === col ? shadow : c));
  return [
    ...k.indexes.filter((i) => !k.uniques.some((u) => u.name === i.name)).map((i): Piece => ({ at: 'index',
      up: [concurrentIndex(t, { ...i, name: tmpName(i.name), columns: map(i.columns) })], down: [dropConcurrently(tmpName(i.name))] })),
    ...k.uniques.flatMap((u) => uniquePieces(t, { name: tmpName(u.name), columns: map(u.columns) })),
    ...k.fks.flatMap((f) => constraintPieces(t.name, tmpName(f.name),
      ddl.fkSql(postgres, { ...f, column: shadow }).replace(/^CONSTRAINT \S+ /, ''))),
    ...k.checks.flatMap((c) => constraintPieces(t.name, tmpName(c.name), ddl.checkSql(postgres, { ...c, column: shadow }, t))),
  ];
}

/** The contract's renames of the new keys (up), and back to their temporary names (down). */
export function keyNames(t: Table, col: string): { up: string[]; down: string[] } {
  const k = keysOn(t, col);
  const index = k.indexes.filter((i) => !k.uniques.some((u) => u.name === i.name)).map((i) => i.name);
  const constraint = [...k.uniques, ...k.fks, ...k.checks].map((c) => c.name);
  const rename = (n: string, back: boolean) => {
    const [a, b] = back ? [n, tmpName(n)] : [tmpName(n), n];
    return index.includes(n) ? `ALTER INDEX ${q(a)} RENAME TO ${q(b)};` : `ALTER TABLE ${q(t.name)} RENAME CONSTRAINT ${q(a)} TO ${q(b)};`;
  };
  const all = [...index, ...constraint];
  return { up: all.map((n) => rename(n, false)), down: all.map((n) => rename(n, true)) };
}

/** The keys of `t` on `col` in their plain form (the contract's down, in its transaction, after the column is back). */
export function plainKeys(t: Table, col: string): string[] {
  const k = keysOn(t, col);
  const alter = `ALTER TABLE ${q(t.name)} ADD`;
  return count(k) === 0 ? [] : [
    ...k.indexes.filter((i) => !k.uniques.some((u) => u.name === i.name)).map((i) => ddl.createIndexSql(postgres, t, i, true)),
    ...k.uniques.map((u) => `${alter} CONSTRAINT ${q(u.name)} UNIQUE (${ddl.cols(postgres, u.columns)});`),
    ...k.fks.map((f) => `${alter} ${ddl.fkSql(postgres, f)};`),
    ...k.checks.map((c) => `${alter} CONSTRAINT ${q(c.name)} ${ddl.checkSql(postgres, c, t)};`),
  ];
}
