/** PostgreSQL's seed SQL: explicit ids past the identity, setval in one DO block, instants at +00, decode(hex). */
import type { SeedSql } from '../members.js';
import type { Table } from '../../state/physical-schema.js';
import { baseSeed, SOURCE_ENV } from '../shared/seed.js';

const hasIdentity = (t: Table) => t.columns.some((c) => c.identity);

export const pgSeed: SeedSql = {
  ...baseSeed,
  overriding: (t) => (hasIdentity(t) ? ' OVERRIDING SYSTEM VALUE' : ''),
  resetIdentity: (d, t, c) => [
    `PERFORM setval(pg_get_serial_sequence(${d.literal(d.quote(t.name))}, ${d.literal(c)}), COALESCE((SELECT MAX(${d.quote(c)}) FROM ${d.quote(t.name)}), 0) + 1, false);`,
  ],
  resetBlock: (lines) => ['DO $$', 'BEGIN', ...lines.map((l) => `  ${l}`), 'END', '$$;'],
  instant: (d, text) => d.literal(`${text}+00`),
  binary: (d, hex) => `decode(${d.literal(hex)}, 'hex')`,
  load: 'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f db/seed.sql',
  shell: {
    setup: [SOURCE_ENV],
    file: (f) => `psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -f ${f}`,
    migration: (f) => `psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -q -1 -f ${f}`, // -1: the file in one transaction
    heredoc: `psql "$DATABASE_URL" -v ON_ERROR_STOP=1 <<'SQL'`,
    bytes: (hex) => `'\\x${hex}'::bytea`,
  },
};
