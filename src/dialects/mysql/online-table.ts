/**
 * A table rename through an expand/contract on MySQL/MariaDB, as on PostgreSQL: the expand adds a view under
 * the new name (one table, no join: it takes inserts and updates); the keys keep their names. The contract
 * swaps the view out and the table in with one RENAME TABLE (atomic: every writer finds one or the other),
 * drops the view, and renames the keys in one ALTER (RENAME INDEX; an FK dropped and added under its new name
 * with foreign_key_checks off for that ALTER, so INPLACE, LOCK=NONE: the old FK held the same rule). A CHECK
 * named after the table cannot be renamed in place (an added CHECK copies the table): then the plain form.
 * The contract's down swaps back with one RENAME TABLE as well (swapBack).
 */
import type { Statement } from '../../model/statements.js';
import type { Piece } from '../online.js';
import * as ddl from '../shared/ddl.js';
import { loneRenames, type Follower, type Rename } from '../shared/table-rename.js';
import { mysql } from './index.js';
import { q } from './online-sync.js';

const ONLINE = ',\n  ALGORITHM=INPLACE, LOCK=NONE;';
const viewName = (t: string) => `${t.slice(0, 58)}__view`;

/** The ALTER that renames the keys (back: to their old names), between the SETs an FK needs. */
function keyRenames(table: string, fs: Follower[], back = false): string[] {
  const clauses = fs.flatMap((f) => {
    const [a, b] = back ? [f.to, f.from] : [f.from, f.to];
    if (f.kind !== 'fk') return [`RENAME INDEX ${q(a)} TO ${q(b)}`];
    const fk = (f.drop.kind === 'dropForeignKey' ? f.drop : f.add) as Extract<Statement, { kind: 'dropForeignKey' }>;
    return [`DROP FOREIGN KEY ${q(a)}`, `ADD ${ddl.fkSql(mysql, { ...fk.fk, name: b })}`];
  });
  if (!clauses.length) return [];
  const fks = fs.some((f) => f.kind === 'fk');
  return [...(fks ? ['SET SESSION foreign_key_checks = 0;'] : []), `ALTER TABLE ${q(table)} ${clauses.join(', ')}${ONLINE}`,
    ...(fks ? ['SET SESSION foreign_key_checks = 1;'] : [])];
}

/** The contract's down, one RENAME TABLE as its up (atomic: each name is the table or the view at every moment). The
 *  view must exist before it under a name of its own, and a view needs a base under the old name: a second view, of
 *  the table (writes through it reach the table), holds that name meanwhile, then goes. Before the RENAME code sees
 *  the expand's shape; a second run after a stop completes or fails at once (the keys' old names, or the old name a
 *  table), so the file says what to do. */
function swapBack(s: Rename): string[] {
  const [view, gone] = [q(viewName(s.to)), q(`${s.from.slice(0, 58)}__gone`)];
  return ['-- the swap back is the one RENAME TABLE below (atomic); a stop before it leaves both names working (the old one ' +
    'a view of the table): fix the cause, run the statements from the one that failed on by hand, then record the ' +
    'migration as rolled back in your runner',
  `CREATE OR REPLACE VIEW ${q(s.from)} AS SELECT * FROM ${q(s.to)};`, `CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${q(s.from)};`,
  `RENAME TABLE ${q(s.from)} TO ${gone}, ${q(s.to)} TO ${q(s.from)}, ${view} TO ${q(s.to)};`, `DROP VIEW ${gone};`];
}

/** The statement is a key that follows a lone table rename's name, renamed by its contract: no piece of its own. */
export function followsTable(s: Statement, up: Statement[]): boolean {
  const lone = loneRenames(up);
  return !!lone && !lone.keys.some((k) => k.kind === 'check') && lone.keys.some((f) => f.drop === s || f.add === s);
}

/** The expand/contract of a lone table rename, or undefined (the plain RENAME TABLE: with other changes, or a CHECK). */
export function renameTablePieces(s: Rename, up: Statement[]): Piece[] | undefined {
  const lone = loneRenames(up);
  if (!lone || lone.keys.some((k) => k.kind === 'check')) return undefined;
  const keys = lone.keys.filter((k) => k.table === s.to);
  const view = [`CREATE OR REPLACE VIEW ${q(s.to)} AS SELECT * FROM ${q(s.from)};`];
  return [
    { at: 'main', up: view, down: [`DROP VIEW IF EXISTS ${q(s.to)};`],
      notes: [`deploy code that uses ${s.to} (a view of ${s.from} that takes writes until the contract), then run db-change -- --contract true`] },
    { at: 'contract',
      up: [`RENAME TABLE ${q(s.to)} TO ${q(viewName(s.to))}, ${q(s.from)} TO ${q(s.to)};`, `DROP VIEW IF EXISTS ${q(viewName(s.to))};`,
        ...keyRenames(s.to, keys)],
      down: [...keyRenames(s.to, keys, true), ...swapBack(s)] },
  ];
}
