/**
 * PostgreSQL online forms (safety: online) of a later migration's statements: indexes built and dropped
 * CONCURRENTLY, uniques through a concurrent unique index + ADD CONSTRAINT … USING INDEX, FKs and CHECKs
 * NOT VALID then VALIDATE, NOT NULL through a validated CHECK (col IS NOT NULL), batched backfills, and
 * expand/contract (online-expand.ts) for what old code cannot survive. Each piece has its exact down.
 */
import type { Statement } from '../../model/statements.js';
import type { Column, Table } from '../../state/physical-schema.js';
import type { Default } from '../../state/model-schema.js';
import { invert } from '../../model/statements.js';
import { defaultNote, dropsDefault, keepingDefault, phasesOf, type OnlinePlan, type Piece } from '../online.js';
import * as ddl from '../shared/ddl.js';
import { colDef, pgTyped, postgres } from './index.js';
import { batchedUpdate, concurrentIndex, constraintPieces, dropConcurrently, dropConstraint, fill, notNullName, notValid, q, uniquePieces, validate }
  from './online-sql.js';
import { absorbed, expandPieces } from './online-expand.js';
import { followsRename } from '../shared/table-rename.js';

const emit = (s: Statement): string[] => (postgres.emit[s.kind] as (x: Statement) => string[])(s);
const plain = (s: Statement): Piece => ({ at: 'main', up: emit(s), down: emit(invert(s)) });

/** NOT NULL without a long lock: a default old code's inserts get, the rows filled in batches, a CHECK
 *  NOT VALID, then VALIDATE + SET NOT NULL (no scan) + the CHECK dropped; the contract drops the helper default. */
export function notNullPieces(t: Table, col: Column, value: Default | undefined): Piece[] {
  const c = `ALTER TABLE ${q(t.name)} ALTER COLUMN ${q(col.name)}`;
  const ck = notNullName(t.name, col.name);
  const helper = value && !col.default ? fill(col, value) : undefined;
  return [
    ...(helper ? [{ at: 'main' as const, up: [`${c} SET DEFAULT ${helper};`], down: [`${c} DROP DEFAULT;`] }] : []),
    ...(value ? [{ at: 'backfill' as const, up: [batchedUpdate(t, `${q(col.name)} = ${fill(col, value)}`, `${q(col.name)} IS NULL`)], down: [] }] : []),
    { at: 'check', up: [notValid(t.name, ck, `CHECK (${q(col.name)} IS NOT NULL)`)], down: [dropConstraint(t.name, ck)] },
    { at: 'validate', up: [validate(t.name, ck), `${c} SET NOT NULL;`, dropConstraint(t.name, ck)], down: [`${c} DROP NOT NULL;`] },
    ...(helper ? [{ at: 'contract' as const, up: [`${c} DROP DEFAULT;`], down: [`${c} SET DEFAULT ${helper};`],
      notes: [`${t.name}.${col.name} keeps DEFAULT ${helper} until the contract, so inserts by code that does not set it yet succeed`] }] : []),
  ];
}

function piecesOf(s: Statement, up: Statement[]): Piece[] {
  if (absorbed(s, up) || followsRename(s, up)) return [];
  switch (s.kind) {
    case 'addIndex': return [{ at: 'index', up: [concurrentIndex(s.after, s.index)], down: [dropConcurrently(s.index.name)] }];
    case 'dropIndex': return [{ at: 'index', up: [dropConcurrently(s.index.name)], down: [concurrentIndex(s.before, s.index)] }];
    case 'addUnique': return uniquePieces(s.after, s.unique);
    case 'addForeignKey': return constraintPieces(s.table, s.fk.name, ddl.fkSql(postgres, s.fk).replace(/^CONSTRAINT \S+ /, ''));
    case 'addCheck': return constraintPieces(s.after.name, s.check.name, ddl.checkSql(postgres, s.check, s.after));
    case 'addColumn': {
      const t = s.table;
      return [
        { at: 'main', up: [`ALTER TABLE ${q(t.name)} ADD COLUMN IF NOT EXISTS ${colDef(s.column)};`], down: [`ALTER TABLE ${q(t.name)} DROP COLUMN IF EXISTS ${q(s.column.name)};`] },
        ...(s.unique ? uniquePieces(t, s.unique) : []),
        ...(s.checks ?? []).flatMap((c) => constraintPieces(t.name, c.name, ddl.checkSql(postgres, c, t))),
        ...(s.index ? [{ at: 'index' as const, up: [concurrentIndex(t, s.index)], down: [dropConcurrently(s.index.name)] }] : []),
        ...(s.fk ? constraintPieces(t.name, s.fk.name, ddl.fkSql(postgres, s.fk).replace(/^CONSTRAINT \S+ /, '')) : []),
      ];
    }
    case 'alterColumn': {
      if (dropsDefault(s)) {
        const keep = keepingDefault(s);
        const c = `ALTER TABLE ${q(s.after.name)} ALTER COLUMN ${q(s.to.name)}`;
        return [...(keep ? piecesOf(keep, up) : []), { at: 'contract', up: [`${c} DROP DEFAULT;`],
          down: [`${c} SET DEFAULT ${postgres.columnDefault(s.from, s.before)};`], notes: [defaultNote(s.after.name, s.to.name)] }];
      }
      const expand = expandPieces(s, up);
      if (expand) return expand;
      const setsNotNull = s.from.nullable && !s.to.nullable;
      if (!setsNotNull) return [plain(s)];
      const rest = { ...s, to: { ...s.to, nullable: true }, backfill: undefined };
      return [...(pgTyped(s.from) !== pgTyped(s.to) || JSON.stringify(s.from.default) !== JSON.stringify(s.to.default) ? [plain(rest)] : []), ...notNullPieces(s.after, s.to, s.backfill)];
    }
    default: return expandPieces(s, up) ?? [plain(s)];
  }
}

export const pgOnline = (up: Statement[]): OnlinePlan => phasesOf(up.flatMap((s) => piecesOf(s, up)));
