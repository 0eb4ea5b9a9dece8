/** SQLite: how check(expr) keeps the language's meaning, and the limits the engine enforces on apply. */
import type { CheckSyntax, EngineLimits } from '../dialect.js';
import { likeToGlob } from '../shared/check-print.js';
import { standardLiteral } from '../shared/ddl.js';

/** LIKE ignores the case of A-Z and has no escape character by default: GLOB says the language's LIKE. */
export const SQLITE_CHECK: CheckSyntax = {
  collatedEq: (sql) => `${sql} COLLATE BINARY`, // IN compares with its left operand's collation
  like: (e, p, not) => `${e} ${not ? 'NOT GLOB' : 'GLOB'} ${standardLiteral(likeToGlob(p))}`,
};

/** SQLITE_MAX_COLUMN 2,000; SQLITE_MAX_SQL_LENGTH 1,000,000 bytes; SQLITE_MAX_EXPR_DEPTH 1,000. */
export const SQLITE_LIMITS: EngineLimits = {
  identifier: 63, columns: 2000, rowBytes: 0, keysPerTable: 0, keyBytes: 0,
  varchar: 1000000000, enumValue: 1000000, defaultBytes: 1000000, checkBytes: 1000000, exprDepth: 990, checkNesting: 60, longText: 'text',
};

/** NUMERIC keeps 15 significant digits (a REAL past them); lower()/upper() change only A-Z. */
/** collate(name): the three collations SQLite has built in. */
const SQLITE_COLLATE = {
  name: (n: string) => (/^(nocase|binary|rtrim)$/i.test(n) ? n.toUpperCase() : undefined),
  allowed: 'SQLite has nocase, binary and rtrim',
};

export const SQLITE_MEANING = { engine: 'SQLite', exactDecimal: false, unicodeCase: false, limits: SQLITE_LIMITS, collate: SQLITE_COLLATE };
