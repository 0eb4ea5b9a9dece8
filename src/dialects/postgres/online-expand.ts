/**
 * Expand/contract on PostgreSQL for what replicas still running the old code cannot survive. A column
 * rename: the expand adds the new column, a trigger keeps both in step and the rows are copied in batches;
 * the contract drops the trigger and the old column. A table rename: the expand adds a view under the new
 * name, the keys keep their names; the contract drops it and renames the table and the keys. A drop (column or table) is the contract alone.
 * Contract statements carry `-- squawk-ignore <rule>`: they exist to drop or rename.
 */
import type { Statement } from '../../model/statements.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { invert } from '../../model/statements.js';
import type { Piece } from '../online.js';
import { postgres } from './index.js';
import { pgType } from './types.js';
import { batchedUpdate, notNullOfNew, q } from './online-sql.js';
import { dropSync, ignore, syncTrigger } from './online-sync.js';
import { keysOn, plainKeys } from './online-keys.js';
import { retypePieces } from './online-retype.js';
import { fail } from '../../base/errors.js';
import { loneRenames, type Follower, type Rename } from '../shared/table-rename.js';

const emit = (s: Statement): string[] => (postgres.emit[s.kind] as (x: Statement) => string[])(s);
/** A column that cannot move: in its table's primary key (two columns cannot both be it). */
const pinned = (t: Table, col: string) => t.primaryKey.columns.includes(col);

/** The planner's drop of a key on a renamed column: the contract's DROP COLUMN takes it (its down puts it back). */
export function absorbed(s: Statement, up: Statement[]): boolean {
  const name = s.kind === 'dropIndex' ? s.index.name : s.kind === 'dropUnique' ? s.unique.name
    : s.kind === 'dropForeignKey' ? s.fk.name : s.kind === 'dropCheck' ? s.check.name : undefined;
  const table = 'before' in s && s.before ? s.before.name : s.kind === 'dropForeignKey' ? s.table : undefined;
  return !!name && up.some((r) => r.kind === 'renameColumn' && r.after.name === table && !pinned(r.before, r.from)
    && Object.values(keysOn(r.before, r.from)).some((ks: { name: string }[]) => ks.some((k) => k.name === name)));
}

function renameColumn(s: Extract<Statement, { kind: 'renameColumn' }>): Piece[] {
  const [t, from, to] = [s.after, s.from, s.to];
  const col: Column = t.columns.find((c) => c.name === to)!;
  const bare = `${q(to)} ${pgType(col)}`;
  const dflt = col.default ? postgres.columnDefault(col, t) : undefined;
  const alter = `ALTER TABLE ${q(t.name)}`;
  const notNull = col.nullable ? [] : notNullOfNew(t.name, to);
  const back = `${q(from)} ${pgType(col)}${dflt ? ` DEFAULT ${dflt}` : ''}`;
  return [
    { at: 'main', up: [`${alter} ADD COLUMN IF NOT EXISTS ${bare};`, ...syncTrigger(t.name, from, to)],
      down: [...dropSync(t.name, from, to), `${alter} DROP COLUMN IF EXISTS ${q(to)};`],
      notes: [`deploy code that writes ${t.name}.${to} (reads keep working by either name), then run db-change -- --contract true`] },
    { at: 'backfill', up: [batchedUpdate(t, `${q(to)} = ${q(from)}`, `${q(to)} IS DISTINCT FROM ${q(from)}`)], down: [] },
    ...notNull,
    { at: 'contract',
      up: [...dropSync(t.name, from, to), ...ignore('ban-drop-column', [`${alter} DROP COLUMN IF EXISTS ${q(from)};`]),
        ...(dflt ? [`${alter} ALTER COLUMN ${q(to)} SET DEFAULT ${dflt};`] : [])],
      down: [...(dflt ? [`${alter} ALTER COLUMN ${q(to)} DROP DEFAULT;`] : []), `${alter} ADD COLUMN IF NOT EXISTS ${back};`,
        `UPDATE ${q(t.name)} SET ${q(from)} = ${q(to)};`, ...(col.nullable ? [] : [`${alter} ALTER COLUMN ${q(from)} SET NOT NULL;`]),
        ...plainKeys(s.before, from), ...syncTrigger(t.name, from, to)] },
  ];
}

/** The keys whose names follow the table, renamed by the contract (and back by its down, before the table). */
const keyRenames = (fs: Follower[], back = false): string[] => fs.map((f) => {
  const [a, b] = back ? [f.to, f.from] : [f.from, f.to];
  return f.kind === 'index' ? `ALTER INDEX ${q(a)} RENAME TO ${q(b)};` : `ALTER TABLE ${q(f.table)} RENAME CONSTRAINT ${q(a)} TO ${q(b)};`;
});

/** The expand: a view under the new name (one table, no join: it takes writes); the keys keep their names until the contract. */
function renameTable(s: Rename, keys: Follower[]): Piece[] {
  const view = [`CREATE OR REPLACE VIEW ${q(s.to)} AS SELECT * FROM ${q(s.from)};`];
  const dropView = [`DROP VIEW IF EXISTS ${q(s.to)};`];
  return [
    { at: 'main', up: view, down: dropView,
      notes: [`deploy code that uses ${s.to} (a view of ${s.from} that takes writes until the contract), then run db-change -- --contract true`] },
    { at: 'contract', up: [...dropView, ...ignore('renaming-table', emit(s)), ...keyRenames(keys)],
      down: [...keyRenames(keys, true), ...emit(invert(s)), ...view] },
  ];
}

/** A table rename that comes with other changes: no one view keeps old code working through all of them. */
function mixedRename(s: Rename, up: Statement[]): never {
  const others = [...new Set(up.filter((x) => x !== s).map((x) => (x.kind === 'renameTable' ? `table ${x.from} → ${x.to}`
    : x.kind === 'renameColumn' ? `column ${x.after.name}.${x.from} → ${x.to}` : 'keys renamed')))];
  return fail(`db-change: safety online: table ${s.from} is renamed to ${s.to} together with other changes (${others.join(', ')}); ` +
    'replicas still running the old code cannot survive them in one expand. Instead: keep the old name in the design for now ' +
    'and give the new code a view under the new name as a data step ("data": {"up": "view.sql", "down": "drop-view.sql"}); ' +
    'or make a new entity, copy the rows in a data step and drop the old one in a later change; or write this one change ' +
    'offline in a maintenance window ("safety": "offline" in db/design.json answers, online again after it)');
}

/** The expand/contract pieces of a statement old code cannot survive, or undefined (then its plain or online form). */
export function expandPieces(s: Statement, up: Statement[] = [s]): Piece[] | undefined {
  const lone = s.kind === 'renameTable' ? loneRenames(up) : undefined;
  switch (s.kind) {
    case 'renameColumn':
      return pinned(s.before, s.from) ? undefined : renameColumn(s);
    case 'alterColumn':
      return pgType(s.from) !== pgType(s.to) ? retypePieces(s) : undefined;
    case 'renameTable':
      return lone ? renameTable(s, lone.keys.filter((k) => k.table === s.to)) : mixedRename(s, up);
    case 'dropColumn':
      return [{ at: 'contract', up: ignore('ban-drop-column', emit(s)), down: emit(invert(s)),
        notes: [`deploy code that no longer uses ${s.table.name}.${s.column.name}, then run db-change -- --contract true`] }];
    default: return undefined;
  }
}
