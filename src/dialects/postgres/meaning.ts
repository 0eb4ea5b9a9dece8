/** PostgreSQL: how check(expr) keeps the language's meaning, and the limits the engine enforces on apply. */
import type { CheckSyntax, EngineLimits } from '../dialect.js';

/** Text ordered by code point whatever the database's collation (equality is already exact). */
export const PG_CHECK: CheckSyntax = {
  textOrder: (sql) => `(${sql} COLLATE "C")`,
};

/** Columns per table 1,600; a varchar up to 10,485,760 characters; the rest far beyond a design. */
export const PG_LIMITS: EngineLimits = {
  identifier: 63, columns: 1600, rowBytes: 0, keysPerTable: 0, keyBytes: 0,
  varchar: 10485760, enumValue: 10485760, defaultBytes: 1000000, checkBytes: 1000000, exprDepth: 990, checkNesting: 60, longText: 'text',
};

/** collate(name): a collation's name as pg_collation keeps it (C, POSIX, en_US.utf8, und-x-icu …), written COLLATE "name". */
const PG_COLLATE = {
  name: (n: string) => (/^[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}$/.test(n) ? n : undefined),
  allowed: 'a name of pg_collation: letters, digits, _ . @ -, e.g. C, POSIX, en_US.utf8, und-x-icu',
  note: (n: string) => (['C', 'POSIX', 'ucs_basic', 'default'].includes(n) ? undefined : `collate(${n}): a PostgreSQL server `
    + "has it only where its OS locales or ICU give it (SELECT collname FROM pg_collation lists them; Debian's is en_US.utf8, "
    + 'not en_US); C, POSIX and ucs_basic are on every server'),
};

export const PG_MEANING = { engine: 'PostgreSQL', exactDecimal: true, unicodeCase: true, limits: PG_LIMITS, collate: PG_COLLATE };

/** A zone-less datetime is read in the client's TimeZone by TIMESTAMPTZ: pinned to UTC instead. */
export const pgUtc = (lit: string) => lit.replace(/'$/, "+00'");
