/** PostgreSQL SQL pieces of the online forms: concurrent indexes, NOT VALID constraints, batched backfills. */
import type { Column, Index, Table } from '../../state/physical-schema.js';
import type { Default } from '../../state/model-schema.js';
import * as ddl from '../shared/ddl.js';
import { valueSql } from '../shared/alter.js';
import { PG_DEFAULTS } from './types.js';
import { postgres } from './index.js';
import type { Piece, Timeouts } from '../online.js';

export const q = ddl.quoteWith('"');
export const BATCH = 1000;

export const concurrentIndex = (table: Pick<Table, 'name' | 'columns'>, ix: Index): string =>
  ddl.createIndexSql(postgres, table, ix, true).replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ');
export const dropConcurrently = (name: string): string => `DROP INDEX CONCURRENTLY IF EXISTS ${q(name)};`;
export const dropConstraint = (table: string, name: string): string => `ALTER TABLE ${q(table)} DROP CONSTRAINT IF EXISTS ${q(name)};`;
export const notValid = (table: string, name: string, body: string): string =>
  `ALTER TABLE ${q(table)} DROP CONSTRAINT IF EXISTS ${q(name)}, ADD CONSTRAINT ${q(name)} ${body} NOT VALID;`;
export const validate = (table: string, name: string): string => `ALTER TABLE ${q(table)} VALIDATE CONSTRAINT ${q(name)};`;
export const fill = (c: Column, v: Default): string => valueSql(postgres, c, v, PG_DEFAULTS);

/** The CHECK that lets SET NOT NULL skip its scan (PostgreSQL 12+), named within 63 characters. */
export const notNullName = (table: string, col: string): string => `ck_${table}_${col}_nn`.slice(0, 63);

/**
 * `SET col = value` in batches of BATCH rows, each committed on its own (the file runs outside a
 * transaction), so no writer waits for more than one short batch: by ranges of an integer key, else by
 * the key's next BATCH rows still to do. The updated_at trigger stays on (turning it off would lock the
 * table): the backfilled rows get a new updated_at.
 */
export function batchedUpdate(t: Table, set: string, where: string): string {
  const pk = t.primaryKey.columns;
  const byRange = pk.length === 1 && t.columns.some((c) => c.name === pk[0] && c.identity);
  const upd = `    UPDATE ${q(t.name)} SET ${set}`;
  const body = byRange ? [
    `  SELECT min(${q(pk[0])}), max(${q(pk[0])}) INTO lo, hi FROM ${q(t.name)};`,
    '  WHILE lo <= hi LOOP',
    `${upd}\n      WHERE ${q(pk[0])} >= lo AND ${q(pk[0])} < lo + ${BATCH} AND (${where});`,
    `    lo := lo + ${BATCH};`,
    '    COMMIT;',
    '  END LOOP;',
  ] : [
    '  LOOP',
    `${upd}\n      WHERE (${ddl.cols(postgres, pk)}) IN (SELECT ${ddl.cols(postgres, pk)} FROM ${q(t.name)} WHERE ${where} LIMIT ${BATCH});`,
    '    GET DIAGNOSTICS n = ROW_COUNT;',
    '    EXIT WHEN n = 0;',
    '    COMMIT;',
    '  END LOOP;',
  ];
  return ['DO $$', 'DECLARE n bigint; lo bigint; hi bigint;', 'BEGIN', ...body, 'END $$;'].join('\n');
}

/** Timeouts in the file; a file alone outside a transaction cannot SET them for itself: the connection gives them. */
export function pgTimeouts(t: Timeouts, o: { alone: boolean; backfill: boolean }): string[] {
  if (o.alone) {
    return ['-- outside a transaction and alone in its file (the runner sends a file as one query): give the connection',
      `-- lock_timeout=${t.lock} and statement_timeout=${t.statement} (PGOPTIONS='-c lock_timeout=${t.lock} -c statement_timeout=${t.statement}')`];
  }
  return [`SET lock_timeout = '${t.lock}';`, `SET statement_timeout = '${o.backfill ? '0' : t.statement}';${o.backfill ? ' -- the loop commits every batch' : ''}`];
}

/** A unique without a long lock: a concurrent unique index, then the constraint on it. */
export function uniquePieces(t: Pick<Table, 'name' | 'columns'>, u: Table['uniques'][number]): Piece[] {
  const table = t.name;
  const ix = { name: u.name, columns: u.columns, unique: true };
  return [
    { at: 'index', up: [concurrentIndex(t, ix)], down: [dropConcurrently(u.name)] },
    { at: 'validate', up: [`ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(u.name)} UNIQUE USING INDEX ${q(u.name)};`], down: [dropConstraint(table, u.name)] },
  ];
}

/** An FK or CHECK without a long lock: NOT VALID, then VALIDATE in a later migration. */
export const constraintPieces = (table: string, name: string, body: string): Piece[] => [
  { at: 'check', up: [notValid(table, name, body)], down: [dropConstraint(table, name)] },
  { at: 'validate', up: [validate(table, name)], down: [] },
];

/** NOT NULL on a column the expand added (filled by its trigger and backfill): a CHECK NOT VALID, then VALIDATE + SET NOT NULL. */
export function notNullOfNew(table: string, col: string): Piece[] {
  const ck = notNullName(table, col);
  const alter = `ALTER TABLE ${q(table)} ALTER COLUMN ${q(col)}`;
  return [
    { at: 'check', up: [notValid(table, ck, `CHECK (${q(col)} IS NOT NULL)`)], down: [dropConstraint(table, ck)] },
    { at: 'validate', up: [validate(table, ck), `${alter} SET NOT NULL;`, dropConstraint(table, ck)], down: [`${alter} DROP NOT NULL;`] },
  ];
}
