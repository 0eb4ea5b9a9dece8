/**
 * The seed's per-dialect SQL, in one small table (the only place the seed looks at a dialect id):
 * how an insert skips rows already there, how explicit ids get past the identity, how instants are written.
 */
import type { Dialect, DialectId } from '../dialects/dialect.js';
import type { Table } from '../state/physical-schema.js';

export interface SeedSql {
  begin: string;
  commit: string;
  /** Text between `INSERT INTO t (cols)` and `VALUES` (PostgreSQL: explicit ids into an identity column). */
  overriding(t: Table): string;
  /** Ends the insert so a row already there (same key or unique value) is skipped, and nothing else is. */
  onConflict(d: Dialect, t: Table): string;
  /** After explicit ids: the app's next insert without an id gets max(id) + 1 (empty when the engine does it). */
  resetIdentity(d: Dialect, t: Table, column: string, next: number): string[];
  /** The reset statements as written (PostgreSQL: one quiet DO block instead of a result per table). */
  resetBlock(lines: string[]): string[];
  /** A UTC instant 'YYYY-MM-DD HH:MM:SS' as a literal for this engine's timestamp columns. */
  instant(d: Dialect, text: string): string;
  /** Bytes (hex text) as a literal for this engine's binary columns. */
  binary(d: Dialect, hex: string): string;
  /** The one line to load the file by hand. */
  load: string;
  /** Shell for the smoke-test snippet: setup lines, run one file, open a heredoc of SQL. */
  shell: { setup: string[]; file(path: string): string; heredoc: string };
}

const SOURCE = 'set -a && source secrets/db.env && set +a';

/** Hex digits only: X'…' has no escaping. */
const hexOnly = (h: string) => { if (!/^[0-9a-f]*$/i.test(h)) throw new Error(`internal: '${h}' is not hex`); return h; };

const hasIdentity = (t: Table) => t.columns.some((c) => c.identity);

export const SEED_SQL: Record<DialectId, SeedSql> = {
  postgres: {
    begin: 'BEGIN;',
    commit: 'COMMIT;',
    overriding: (t) => (hasIdentity(t) ? ' OVERRIDING SYSTEM VALUE' : ''),
    onConflict: () => 'ON CONFLICT DO NOTHING',
    resetIdentity: (d, t, c) => [
      `PERFORM setval(pg_get_serial_sequence(${d.literal(d.quote(t.name))}, ${d.literal(c)}), COALESCE((SELECT MAX(${d.quote(c)}) FROM ${d.quote(t.name)}), 0) + 1, false);`,
    ],
    resetBlock: (lines) => ['DO $$', 'BEGIN', ...lines.map((l) => `  ${l}`), 'END', '$$;'],
    instant: (d, text) => d.literal(`${text}+00`),
    binary: (d, hex) => `decode(${d.literal(hex)}, 'hex')`,
    load: 'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f db/seed.sql',
    shell: { setup: [SOURCE], file: (f) => `psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -f ${f}`, heredoc: `psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<'SQL'` },
  },
  mysql: {
    begin: 'START TRANSACTION;',
    commit: 'COMMIT;',
    overriding: () => '',
    // Not INSERT IGNORE: it would also turn NOT NULL, CHECK and FK violations into warnings.
    onConflict: (d, t) => {
      const k = d.quote(t.primaryKey.columns[0]);
      return `ON DUPLICATE KEY UPDATE ${k} = ${k}`;
    },
    resetIdentity: (d, t, _c, next) => [`ALTER TABLE ${d.quote(t.name)} AUTO_INCREMENT = ${next};`],
    resetBlock: (lines) => lines,
    instant: (d, text) => d.literal(text),
    binary: (_d, hex) => `X'${hexOnly(hex)}'`,
    load: 'mysql --host=<host> --user=<user> <database> < db/seed.sql',
    shell: {
      setup: ['MYSQL="mysql --host=<host> --user=<user> <database>"   # the parts of DATABASE_URL in secrets/db.env'],
      file: (f) => `$MYSQL < ${f}`, heredoc: `$MYSQL <<'SQL'`,
    },
  },
  sqlite: {
    begin: 'BEGIN;',
    commit: 'COMMIT;',
    overriding: () => '',
    // Not INSERT OR IGNORE: like MySQL's INSERT IGNORE it would also hide NOT NULL and CHECK violations.
    onConflict: () => 'ON CONFLICT DO NOTHING',
    resetIdentity: () => [],
    resetBlock: (lines) => lines,
    instant: (d, text) => d.literal(text),
    binary: (_d, hex) => `X'${hexOnly(hex)}'`,
    load: 'sqlite3 "${DATABASE_URL#sqlite:}" < db/seed.sql',
    shell: { setup: [SOURCE, 'DB="${DATABASE_URL#sqlite:}"'], file: (f) => `sqlite3 -bail "$DB" < ${f}`, heredoc: `sqlite3 -bail -header "$DB" <<'SQL'` },
  },
};
