/** SQLite's seed SQL: the shared defaults (ON CONFLICT DO NOTHING, X'…'), loaded with the sqlite3 shell. */
import type { SeedSql } from '../members.js';
import { baseSeed, hexOnly, SOURCE_ENV } from '../shared/seed.js';

// Not INSERT OR IGNORE: like MySQL's INSERT IGNORE it would also hide NOT NULL and CHECK violations.
export const sqliteSeed: SeedSql = {
  ...baseSeed,
  load: 'sqlite3 "${DATABASE_URL#sqlite:}" < db/seed.sql',
  shell: {
    setup: [SOURCE_ENV, 'DB="${DATABASE_URL#sqlite:}"'],
    file: (f) => `sqlite3 -bail "$DB" < ${f}`,
    // no -1 in sqlite3: BEGIN … COMMIT around the file, unless it frames its own (foreign keys off before BEGIN)
    migration: (f) => `{ grep -qx 'BEGIN;' ${f} && cat ${f} || { echo 'BEGIN;'; cat ${f}; echo 'COMMIT;'; }; } | sqlite3 -bail "$DB"`,
    heredoc: `sqlite3 -bail -header "$DB" <<'SQL'`,
    bytes: (hex) => `X'${hexOnly(hex)}'`,
  },
};
