/**
 * Expand/contract on MySQL/MariaDB for what replicas still running the old code cannot survive, after the
 * PostgreSQL design (postgres/online-expand.ts). A column rename: the expand adds the new column (NULL, no
 * default: INSTANT), two triggers keep both in step, a stored procedure copies the rows in batches; the
 * contract, while the triggers still run, lets the old column take NULL and gives the new one its whole definition
 * (NOT NULL, default: INPLACE, LOCK=NONE), then drops the triggers and the old column (no insert of the new code fails
 * in between). A type change: the same through a shadow column `<col>__new` filled from every write of the old code;
 * the contract gives the shadow its whole definition while the triggers fill it, then, writes held by LOCK TABLES for
 * the instant steps only, drops the old column, renames the shadow and drops the triggers (no write lost). A drop is the
 * contract alone. Each has its exact down, as safe under writers as its up (online-down.ts). The column's plain indexes and uniques move with it (online-keys.ts);
 * one with an FK or CHECK, or in the primary key, keeps the plain form and its one line (online.ts).
 */
import type { Statement } from '../../model/statements.js';
import { invert } from '../../model/statements.js';
import type { Piece } from '../online.js';
import { valueSql } from '../shared/alter.js';
import { colDef, mysql } from './index.js';
import { MYSQL_DEFAULTS, mysqlType } from './types.js';
import { batchedUpdate, dropSync, lockedSwap, q, syncTriggers } from './online-sync.js';
import { ONLINE, alter, bare, instant, renameDown, retypeDown } from './online-down.js';
import { absorbedBy, addKey, dropKeys, keysOn, renameKeys, tmpName, type Key } from './online-keys.js';

const emit = (s: Statement): string[] => (mysql.emit[s.kind] as (x: Statement) => string[])(s);

type Rename = Extract<Statement, { kind: 'renameColumn' }>;
/** A rename the expand takes: both columns can move with their keys. */
const moves = (s: Rename): boolean => !!keysOn(s.before, s.from) && !!keysOn(s.after, s.to);

/** The planner's drops of the keys on a column an expand renames: the contract drops them with the column. */
export function absorbed(s: Statement, up: Statement[]): boolean {
  const renames = up.filter((r): r is Rename => r.kind === 'renameColumn' && moves(r))
    .map((r) => ({ t: r.before, from: r.from }));
  return s.kind === 'dropIndex' ? absorbedBy(s.index.name, s.before.name, renames)
    : s.kind === 'dropUnique' ? absorbedBy(s.unique.name, s.before.name, renames) : false;
}

function renameColumn(s: Rename): Piece[] | undefined {
  const { before: b, after: t, from, to } = s;
  if (!moves(s)) return undefined;
  const keys = keysOn(b, from)!; // the planner adds the new column's keys (online forms), its drops of these are absorbed
  const [col, old] = [t.columns.find((c) => c.name === to)!, b.columns.find((c) => c.name === from)!];
  const sync = syncTriggers(t.name, from, to);
  return [
    { at: 'main', up: [alter(t.name, [`ADD COLUMN ${bare(col, t)}`]), ...sync],
      down: [...dropSync(t.name, from, to), instant(t.name, [`DROP COLUMN ${q(to)}`])],
      notes: [`deploy code that writes ${t.name}.${to} (reads keep working by either name), then run db-change -- --contract true`] },
    { at: 'backfill', up: [batchedUpdate(t, to, `${q(to)} = ${q(from)}`, `NOT (${q(to)} <=> ${q(from)})`)], down: [] },
    // contract, the triggers still running: the old column takes NULL (new code omits it), the new its whole definition
    { at: 'contract',
      up: [alter(t.name, [`MODIFY COLUMN ${colDef({ ...old, nullable: true }, b)}`, `MODIFY COLUMN ${colDef(col, t)}`]),
        ...dropSync(t.name, from, to), alter(t.name, [...dropKeys(keys), `DROP COLUMN ${q(from)}`])],
      down: renameDown(b, t, old, col, keys) },
  ];
}

export const shadowOf = (col: string): string => `${col.slice(0, 59)}__new`;

function retype(s: Extract<Statement, { kind: 'alterColumn' }>): Piece[] | undefined {
  const { before: b, after: t, from, to } = s;
  const [c, sh] = [to.name, shadowOf(to.name)];
  const keys = keysOn(b, c);
  if (from.name !== to.name || !keys || JSON.stringify(keys) !== JSON.stringify(keysOn(t, c))) return undefined;
  const shadowKeys = keys.length ? [alter(t.name, keys.map((k) => addKey(k, c, sh, tmpName(k.name))))] : [];
  const named = keys.length ? [alter(t.name, renameKeys(keys))] : [];
  const value = (x: string) => (s.backfill ? `COALESCE(${x}, ${valueSql(mysql, to, s.backfill, MYSQL_DEFAULTS)})` : x);
  const sync = syncTriggers(t.name, c, sh, value(`NEW.${q(c)}`));
  const whole = colDef({ ...to, name: sh }, t);
  return [
    { at: 'main', up: [alter(t.name, [`ADD COLUMN ${bare(to, t, sh)}`]), ...shadowKeys, ...sync],
      down: [...dropSync(t.name, c, sh), ...(keys.length ? [alter(t.name, dropKeys(keys, true))] : []), instant(t.name, [`DROP COLUMN ${q(sh)}`])],
      notes: [`${t.name}.${c} becomes ${mysqlType(to, t)} through ${sh}, kept in step by triggers; once the rows are copied ` +
        `run db-change -- --contract true (the swap: ${c} keeps its name), then deploy code that needs the new type`] },
    { at: 'backfill', up: [batchedUpdate(t, sh, `${q(sh)} = ${value(q(c))}`, `${q(sh)} IS NULL${s.backfill ? '' : ` AND ${q(c)} IS NOT NULL`}`)],
      down: [] },
    { at: 'contract',
      up: [...(whole === bare(to, t, sh) ? [] : [alter(t.name, [`MODIFY COLUMN ${whole}`])]), // triggers still fill it
        ...lockedSwap(t.name, [...(keys.length ? [alter(t.name, dropKeys(keys))] : []),
          `ALTER TABLE ${q(t.name)} DROP COLUMN ${q(c)}, CHANGE COLUMN ${q(sh)} ${colDef(to, t)},\n  ALGORITHM=INSTANT;`,
          ...named, ...dropSync(t.name, c, sh)])],
      down: retypeDown(b, t, from, to, sh, keys, sync) },
  ];
}

/** The expand/contract pieces of a statement old code cannot survive, or undefined (then its online form or one line). */
export function expandPieces(s: Statement): Piece[] | undefined {
  switch (s.kind) {
    case 'renameColumn': return renameColumn(s);
    case 'alterColumn': return mysqlType(s.from, s.before) !== mysqlType(s.to, s.after) ? retype(s) : undefined;
    case 'dropColumn':
      return [{ at: 'contract', up: emit(s).map((x) => x.replace(/;\s*$/, ONLINE)), down: emit(invert(s)).map((x) => x.replace(/;\s*$/, ONLINE)),
        notes: [`deploy code that no longer uses ${s.table.name}.${s.column.name}, then run db-change -- --contract true`] }];
    default: return undefined;
  }
}
