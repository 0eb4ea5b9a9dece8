/**
 * What keeps two columns in step during an expand on MySQL/MariaDB (a BEFORE INSERT and a BEFORE UPDATE
 * trigger, `sync_<table>_<from>_<to>_ins|_upd`; several per event and timing are allowed since MariaDB
 * 10.2.3 / MySQL 5.7.2), and a backfill in batches of BATCH rows: a stored procedure created, called and
 * dropped in the file, committing each batch. The runner sends the file as one multi-statement query
 * (dbmate), so the compound bodies need no DELIMITER.
 */
import type { Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';

export const q = ddl.quoteWith('`');
export const BATCH = 1000;

const cut = (s: string, n: number) => s.slice(0, n);
export const syncName = (table: string, from: string, to: string): string => cut(`sync_${table}_${from}_${to}`, 60);

/** Both ways (a rename: old and new code write either name): whichever of the two the writer set is copied into the
 *  other; an insert that sets the new column wins (the old one may hold only its default). An update that sets neither
 *  fills the one not yet copied: the new column during the expand, the old one during a contract's down (NULL there). */
const both = (a: string, b: string) => ({
  ins: `IF NEW.${b} IS NOT NULL THEN SET NEW.${a} = NEW.${b}; ELSE SET NEW.${b} = NEW.${a}; END IF;`,
  upd: `IF NOT (NEW.${b} <=> OLD.${b}) THEN SET NEW.${a} = NEW.${b}; ELSEIF NOT (NEW.${a} <=> OLD.${a}) OR NEW.${a} IS NOT NULL ` +
    `THEN SET NEW.${b} = NEW.${a}; ELSE SET NEW.${a} = NEW.${b}; END IF;`,
});

/** BEFORE INSERT and BEFORE UPDATE on `t`: `from` and `to` kept equal (a rename), or `to = <value>` when given (a retype). */
export function syncTriggers(t: string, from: string, to: string, value?: string): string[] {
  const n = syncName(t, from, to);
  const body = value ? { ins: `SET NEW.${q(to)} = ${value};`, upd: `SET NEW.${q(to)} = ${value};` } : both(q(from), q(to));
  return (['ins', 'upd'] as const).map((e) =>
    `CREATE TRIGGER ${q(`${n}_${e}`)} BEFORE ${e === 'ins' ? 'INSERT' : 'UPDATE'} ON ${q(t)} FOR EACH ROW\n  ${body[e]}`);
}

export const dropSync = (t: string, from: string, to: string): string[] =>
  ['ins', 'upd'].map((e) => `DROP TRIGGER IF EXISTS ${q(`${syncName(t, from, to)}_${e}`)};`);

/** `sql` with the table's writes held (LOCK TABLES … WRITE, waiting lock_wait_timeout at most): only instant or
 *  metadata-only steps (ALGORITHM=INSTANT, a DROP INDEX), so writers wait milliseconds; a step the engine refuses stops
 *  the file with the lock released (the connection closes) and the triggers, dropped last, still in place. */
export const lockedSwap = (t: string, sql: string[]): string[] =>
  [`LOCK TABLES ${q(t)} WRITE;`, ...sql, 'UNLOCK TABLES;'];

/** `, updated_at = updated_at`: ON UPDATE CURRENT_TIMESTAMP leaves the rows' updated_at as it was. */
export const keepUpdated = (t: Table): string => {
  const c = t.columns.find((x) => x.onUpdateNow);
  return c ? `, ${q(c.name)} = ${q(c.name)}` : '';
};

/**
 * `SET <set>` on the rows matching `where`, BATCH at a time, each batch committed (the file runs outside a
 * transaction): by ranges of an integer key, else the next BATCH rows still to do in key order.
 */
export function batchedUpdate(t: Table, col: string, set: string, where: string): string {
  const p = q(cut(`dbs_backfill_${t.name}_${col}`, 64));
  const pk = t.primaryKey.columns;
  const upd = `UPDATE ${q(t.name)} SET ${set}${keepUpdated(t)}`;
  const byRange = pk.length === 1 && t.columns.some((c) => c.name === pk[0] && c.identity);
  const body = byRange ? [
    '  DECLARE lo BIGINT; DECLARE hi BIGINT;',
    `  SELECT MIN(${q(pk[0])}), MAX(${q(pk[0])}) INTO lo, hi FROM ${q(t.name)};`,
    '  WHILE lo <= hi DO',
    `    ${upd}\n      WHERE ${q(pk[0])} >= lo AND ${q(pk[0])} < lo + ${BATCH} AND (${where});`,
    `    SET lo = lo + ${BATCH};`,
    '    COMMIT;',
    '  END WHILE;',
  ] : [
    '  DECLARE n BIGINT DEFAULT 1;',
    '  WHILE n > 0 DO',
    `    ${upd}\n      WHERE ${where} ORDER BY ${pk.map((c) => q(c)).join(', ')} LIMIT ${BATCH};`,
    '    SET n = ROW_COUNT();',
    '    COMMIT;',
    '  END WHILE;',
  ];
  return [`DROP PROCEDURE IF EXISTS ${p};`, [`CREATE PROCEDURE ${p}()`, 'BEGIN', ...body, 'END;'].join('\n'),
    `CALL ${p}();`, `DROP PROCEDURE ${p};`].join('\n');
}
