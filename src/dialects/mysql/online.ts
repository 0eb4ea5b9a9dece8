/**
 * MySQL/MariaDB online forms (safety: online): every ALTER the engine can run without blocking writes
 * says so (ALGORITHM=INPLACE, LOCK=NONE; the engine then refuses rather than locks). The changes InnoDB
 * can only do by copying the table (an FK or CHECK that must check the rows, a type change of a keyed column)
 * keep their plain form under one line with the alternatives: expand/contract by hand, or the printed gh-ost /
 * pt-online-schema-change command for that table. A column rename, type change or drop old code cannot survive is
 * an expand/contract (online-expand.ts; a lone table rename: online-table.ts); a NOT NULL with a backfill takes a
 * helper default first (online-notnull.ts). A contract's down is as lock-safe as its up (online-down.ts); other
 * downs are the plain inverse (a CHECK or FK put back checks the rows).
 */
import type { Statement } from '../../model/statements.js';
import { invert } from '../../model/statements.js';
import { defaultNote, dropsDefault, keepingDefault, phasesOf, type OnlinePlan, type Piece, type Timeouts } from '../online.js';
import { mysql } from './index.js';
import { absorbed, expandPieces } from './online-expand.js';
import { followsTable, renameTablePieces } from './online-table.js';
import { withChecks } from './online-checks.js';
import { fillsNotNull, notNullPieces } from './online-notnull.js';

const emit = (s: Statement): string[] => (mysql.emit[s.kind] as (x: Statement) => string[])(s);

/** `, ALGORITHM=INPLACE, LOCK=NONE` on each ALTER TABLE of the statement. */
export const online = (sql: string[]): string[] =>
  sql.map((x) => (/^ALTER TABLE /.test(x) ? x.replace(/;\s*$/, ',\n  ALGORITHM=INPLACE, LOCK=NONE;') : x));

/** The one line for a change InnoDB copies the table for: what to do instead, and the commands for that table. */
export function copies(table: string, what: string, sql: string[]): string {
  const clauses = sql.filter((x) => x.startsWith(`ALTER TABLE \`${table}\``)).map((x) => x.replace(/^ALTER TABLE `[^`]+`\s*/, '').replace(/;\s*$/, '').replace(/\s*\n\s*/g, ' '));
  const alter = (clauses.join(', ') || '<the ALTER clauses below>').replace(/'/g, "'\\''"); // in single quotes: backticks stay
  return `ONLINE: ${table}: ${what} copies the table (writes wait); instead: expand/contract by hand (a new column or table, ` +
    `then the switch), or gh-ost --database=<database> --table=${table} --alter='${alter}' --execute, ` +
    `or pt-online-schema-change --alter '${alter}' D=<database>,t=${table} --execute`;
}

/** Can MariaDB change this column in place without a lock: a default, NULL allowed or refused (no backfill: a NULL row
 *  stops it), a VARCHAR widened within its length class (utf8mb4: up to 63 characters keep a one-byte length)? */
function inPlace(s: Extract<Statement, { kind: 'alterColumn' }>): boolean {
  if (s.backfill || s.from.collation !== s.to.collation) return false; // another collation: the table copied
  const [a, b] = [s.from.type, s.to.type];
  if (JSON.stringify(a) === JSON.stringify(b)) return true;
  if (a.kind !== 'string' || b.kind !== 'string') return false;
  const [x, y] = [a.length ?? 255, b.length ?? 255];
  return y >= x && (x * 4 < 256) === (y * 4 < 256);
}

/** NOT NULL without a backfill: InnoDB (MariaDB 10.11) rebuilds the table in place, writes going on (INSTANT and NOCOPY
 *  are refused); a NULL row stops it (the data check first). Its down, NULL allowed again, likewise. */
const notNull = (s: Extract<Statement, { kind: 'alterColumn' }>, up: string[], down: string[]): Piece => ({
  at: 'main', up: online(up), down: online(down),
  notes: [`ONLINE: ${s.after.name}: MODIFY COLUMN ${s.to.name} NOT NULL rebuilds the table in place ` +
    '(ALGORITHM=INPLACE, LOCK=NONE: writes go on; not instant, its time grows with the table); a NULL row stops it before any change'] });

function pieceOf(s: Statement): Piece {
  const up = emit(s);
  const down = emit(invert(s));
  const table = 'after' in s && s.after ? s.after.name : 'table' in s ? (typeof s.table === 'string' ? s.table : s.table.name) : '';
  const plain = (what: string): Piece => ({ at: 'main', up, down, notes: [copies(table, what, up)] });
  switch (s.kind) {
    case 'addForeignKey': return plain(`ADD FOREIGN KEY ${s.fk.name} (checking the rows)`);
    case 'addCheck': return plain(`ADD CHECK ${s.check.name} (checking the rows)`);
    case 'addColumn': return s.fk || s.checks?.length ? plain(`ADD COLUMN ${s.column.name} with its FK or CHECK`) : { at: 'main', up: online(up), down };
    case 'alterColumn': return !inPlace(s) ? plain(`MODIFY COLUMN ${s.to.name}`)
      : s.from.nullable && !s.to.nullable ? notNull(s, up, down) : { at: 'main', up: online(up), down };
    case 'renameColumn': return { at: 'main', up: online(up), down,
      notes: [`ONLINE: ${table}.${s.from} → ${s.to} is instant, but replicas still running code that uses ${s.from} fail from then on: deploy code that reads both names first, or add ${s.to}, copy, switch, drop by hand`] };
    case 'renameTable': return { at: 'main', up, down, // with other changes, or a CHECK named after the table (online-table.ts)
      notes: [`ONLINE: ${s.from} → ${s.to} is instant, but replicas still running code that uses ${s.from} fail from then on: rename the table ` +
        'alone (a view keeps the old code working), or deploy code that reads both names first'] };
    case 'createTable': case 'dropTable': case 'createTriggerFunction': case 'dropTriggerFunction': case 'guardIrreversible':
      return { at: 'main', up, down };
    // a key on a TEXT column retypes it (VARCHAR(255)) in the same ALTER: a copy
    default: return up.some((x) => x.includes('MODIFY COLUMN')) ? plain(`${s.kind} on a TEXT column (retyped VARCHAR(255))`) : { at: 'main', up: online(up), down };
  }
}

/** What InnoDB changes in place stays one statement; what old code cannot survive is an expand/contract (online-expand.ts). */
function piecesOf(s: Statement, up: Statement[]): Piece[] {
  if (s.kind === 'alterColumn' && dropsDefault(s)) {
    const keep = keepingDefault(s);
    const c = `ALTER TABLE \`${s.after.name}\` ALTER COLUMN \`${s.to.name}\``;
    return [...(keep ? piecesOf(keep, up) : []), { at: 'contract', up: online([`${c} DROP DEFAULT;`]),
      down: online([`${c} SET DEFAULT ${mysql.columnDefault(s.from, s.before)};`]), notes: [defaultNote(s.after.name, s.to.name)] }];
  }
  if (s.kind === 'alterColumn' && fillsNotNull(s) && !absorbed(s, up) && !followsTable(s, up)) return notNullPieces(s); // online-notnull.ts
  return absorbed(s, up) || followsTable(s, up) ? [] : s.kind === 'alterColumn' && inPlace(s) ? [pieceOf(s)]
    : (s.kind === 'renameTable' ? renameTablePieces(s, up) : expandPieces(s)) ?? [pieceOf(s)];
}

/** The phases, the rows checked first in those that run first (online-checks.ts). */
export function mysqlOnline(up: Statement[]): OnlinePlan {
  const each = up.map((s) => ({ s, ps: piecesOf(s, up) }));
  const swapped = each.filter((x) => x.s.kind === 'alterColumn' && x.ps.some((p) => p.at === 'contract')).map((x) => x.s);
  // a statement with no piece (a key that follows a rename) changes nothing its rows could break
  return withChecks(phasesOf(each.flatMap((x) => x.ps)), each.filter((x) => x.ps.length).map((x) => x.s), swapped);
}

const seconds = (v: string) => (v.endsWith('ms') ? parseInt(v, 10) / 1000 : v.endsWith('min') ? parseInt(v, 10) * 60 : parseInt(v, 10));

/** lock_wait_timeout takes whole seconds (at least 1). */
export const mysqlTimeouts = (t: Timeouts): string[] => [`SET SESSION lock_wait_timeout = ${Math.max(1, Math.ceil(seconds(t.lock)))};`];
