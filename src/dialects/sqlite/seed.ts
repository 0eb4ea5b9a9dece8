/** SQLite's seed SQL: the shared defaults (ON CONFLICT DO NOTHING, X'…'), loaded with the sqlite3 shell. */
import type { SeedSql } from '../members.js';
import { baseSeed, hexOnly, SOURCE_ENV } from '../shared/seed.js';

/** The file DATABASE_URL names, as the shell gets it: `sqlite:app.db`, golang-migrate's `sqlite3://app.db`,
 *  `sqlite:///abs/app.db`; a `?…` query dropped (the forms connect.ts's sqlitePath reads). */
const URL_FILE = `"$(printf '%s' "$DATABASE_URL" | sed -E 's#^[A-Za-z0-9]+:(//)?##; s#[?].*$##')"`;

// Not INSERT OR IGNORE: like MySQL's INSERT IGNORE it would also hide NOT NULL and CHECK violations.
export const sqliteSeed: SeedSql = {
  ...baseSeed,
  load: `sqlite3 ${URL_FILE} < db/seed.sql`,
  shell: {
    setup: [SOURCE_ENV, `DB=${URL_FILE}`],
    file: (f) => `sqlite3 -bail "$DB" < ${f}`,
    // no -1 in sqlite3: BEGIN … COMMIT around the file, unless it frames its own (foreign keys off before BEGIN)
    migration: (f) => `{ grep -qx 'BEGIN;' ${f} && cat ${f} || { echo 'BEGIN;'; cat ${f}; echo 'COMMIT;'; }; } | sqlite3 -bail "$DB"`,
    heredoc: `sqlite3 -bail -header "$DB" <<'SQL'`,
    bytes: (hex) => `X'${hexOnly(hex)}'`,
  },
};
