/**
 * NOT NULL with a backfill on MySQL/MariaDB, online, after PostgreSQL's form (postgres/online.ts notNullPieces): the
 * old code's inserts leave the column out, so a NULL written after the backfill would stop the final MODIFY. First
 * the column gets a default (the backfill's value, metadata only: ALGORITHM=INSTANT) that those inserts take, then
 * the rows are filled in batches (online-sync.ts), then MODIFY … NOT NULL keeping that default (InnoDB rebuilds in
 * place, writes go on: INPLACE, LOCK=NONE); the contract drops the helper default once no code leaves the column out.
 * A column that gets a default of its own keeps it: no helper, no contract. Each piece has its exact down.
 */
import type { Statement } from '../../model/statements.js';
import type { Piece } from '../online.js';
import { valueSql } from '../shared/alter.js';
import { colDef, mysql } from './index.js';
import { MYSQL_DEFAULTS, mysqlType } from './types.js';
import { batchedUpdate, q } from './online-sync.js';
import { alter, instant } from './online-down.js';

type Alter = Extract<Statement, { kind: 'alterColumn' }>;

/** A NULL column made NOT NULL with a fill, nothing else of it changed but (perhaps) its default. */
export const fillsNotNull = (s: Alter): boolean => !!s.backfill && !s.values && s.from.nullable && !s.to.nullable
  && s.from.name === s.to.name && mysqlType(s.from, s.before) === mysqlType(s.to, s.after);

export function notNullPieces(s: Alter): Piece[] {
  const { before: b, after: t, from, to } = s;
  const c = `ALTER COLUMN ${q(to.name)}`;
  const own = mysql.columnDefault(to, t);
  const def = own ?? mysql.columnDefault({ ...to, default: s.backfill }, t)!; // as colDef writes it (a TEXT's wrapped)
  const was = mysql.columnDefault(from, b);
  const helper = own ? undefined : def;
  const full = (x: typeof to, at: typeof t) => colDef({ ...x, default: own ? to.default : s.backfill }, at); // the default kept
  return [
    { at: 'main', up: [instant(t.name, [`${c} SET DEFAULT ${def}`])],
      down: [instant(t.name, [was ? `${c} SET DEFAULT ${was}` : `${c} DROP DEFAULT`])] },
    { at: 'backfill', up: [batchedUpdate(t, to.name, `${q(to.name)} = ${valueSql(mysql, to, s.backfill!, MYSQL_DEFAULTS)}`, `${q(to.name)} IS NULL`)], down: [] },
    { at: 'validate', up: [alter(t.name, [`MODIFY COLUMN ${full(to, t)}`])], down: [alter(t.name, [`MODIFY COLUMN ${full(from, b)}`])] },
    ...(helper ? [{ at: 'contract' as const, up: [instant(t.name, [`${c} DROP DEFAULT`])], down: [instant(t.name, [`${c} SET DEFAULT ${helper}`])],
      notes: [`${t.name}.${to.name} keeps DEFAULT ${helper} until the contract, so inserts by code that does not set it yet succeed; ` +
        'deploy code that sets it, then run db-change -- --contract true'] }] : []),
  ];
}
