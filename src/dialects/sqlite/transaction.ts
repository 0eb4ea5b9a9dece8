/**
 * SQLite: a migration file as one transaction. PRAGMA foreign_keys is a no-op inside a transaction, so a
 * file that turns foreign keys off (a table rebuild, a down that drops an FK cycle) does it once, before
 * BEGIN, and back on after COMMIT; a temp-trigger guard aborts before anything changes when they stay on
 * (a runner wrapped the file in a transaction), and rolls all back when foreign_key_check finds a row
 * without its parent.
 */
import { beginCommit, splitHead } from '../shared/transaction.js';
import { standardLiteral as lit } from '../shared/ddl.js';

export const FK_OFF = 'PRAGMA foreign_keys = OFF;';
export const FK_ON = 'PRAGMA foreign_keys = ON;';
export const GUARD = '"_db_scaffold_rebuild"';

function guard(what: string): string[] {
  const abort = `${what} needs PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction: run this file outside one`;
  const broken = `${what}: PRAGMA foreign_key_check found rows without their parent; rolled back`;
  return [
    `CREATE TEMP TABLE IF NOT EXISTS ${GUARD} ("step" INTEGER);`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "_db_scaffold_rebuild_fk_on" BEFORE INSERT ON ${GUARD} WHEN NEW."step" = 1\n` +
      `BEGIN SELECT RAISE(ABORT, ${lit(abort)}); END;`,
    `CREATE TEMP TRIGGER IF NOT EXISTS "_db_scaffold_rebuild_fk_broken" BEFORE INSERT ON ${GUARD} WHEN NEW."step" = 2\n` +
      `BEGIN SELECT RAISE(ROLLBACK, ${lit(broken)}); END;`,
  ];
}

/** Does this SQL turn foreign keys off (so no runner may wrap it, and it frames its own transaction)? */
export const turnsForeignKeysOff = (sql: string) => sql.split('\n').includes(FK_OFF);

export function sqliteTransaction(sql: string): string {
  if (!turnsForeignKeysOff(sql)) return beginCommit(sql);
  const rebuilt = [...sql.matchAll(/^-- Rebuild "([^"]+)"/gm)].map((m) => m[1]);
  const what = rebuilt.length ? `rebuild of ${[...new Set(rebuilt)].join(', ')}` : 'this migration';
  const { head, body } = splitHead(sql);
  const kept = body.filter((l) => l !== FK_OFF && l !== FK_ON);
  while (kept.length && !kept[kept.length - 1].trim()) kept.pop();
  return `${[
    ...head, FK_OFF, ...guard(what), `INSERT INTO ${GUARD} SELECT 1 FROM pragma_foreign_keys WHERE "foreign_keys" = 1;`,
    'BEGIN;', '', ...kept, '', `INSERT INTO ${GUARD} SELECT 2 FROM pragma_foreign_key_check LIMIT 1;`, 'COMMIT;',
    `DROP TABLE temp.${GUARD};`, FK_ON,
  ].join('\n')}\n`;
}
