/** MySQL/MariaDB's seed SQL: START TRANSACTION, ON DUPLICATE KEY on the key, AUTO_INCREMENT reset. */
import type { SeedSql } from '../members.js';
import { baseSeed, hexOnly } from '../shared/seed.js';

export const mysqlSeed: SeedSql = {
  ...baseSeed,
  begin: 'START TRANSACTION;',
  // Not INSERT IGNORE: it would also turn NOT NULL, CHECK and FK violations into warnings.
  onConflict: (d, t) => {
    const k = d.quote(t.primaryKey.columns[0]);
    return `ON DUPLICATE KEY UPDATE ${k} = ${k}`;
  },
  resetIdentity: (d, t, _c, next) => [`ALTER TABLE ${d.quote(t.name)} AUTO_INCREMENT = ${next};`],
  load: 'mysql --host=<host> --user=<user> <database> < db/seed.sql',
  shell: {
    setup: ['MYSQL="mysql --host=<host> --user=<user> <database>"   # the parts of DATABASE_URL in secrets/db.env'],
    file: (f) => `$MYSQL < ${f}`, migration: (f) => `$MYSQL < ${f}`, heredoc: `$MYSQL <<'SQL'`, bytes: (hex) => `X'${hexOnly(hex)}'`,
  },
};
