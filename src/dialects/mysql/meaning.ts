/** MySQL/MariaDB: how check(expr) keeps the language's meaning, and the limits the engine enforces on apply. */
import type { CheckSyntax, EngineLimits } from '../dialect.js';

/** Text compared as its bytes (code points, case, trailing spaces): the utf8mb4_unicode_ci collation
 *  would take 'DRAFT', 'dráft' and 'draft ' for 'draft'. LIKE under utf8mb4_bin: case counts, `_` is one character. */
export const MYSQL_CHECK: CheckSyntax = {
  intDiv: 'DIV',
  length: 'CHAR_LENGTH',
  textEq: (sql) => `CAST(${sql} AS BINARY)`,
  like: (e, p, not) => `${e} COLLATE utf8mb4_bin ${not ? 'NOT LIKE' : 'LIKE'} ${mysqlText(p)}`,
};

const mysqlText = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** InnoDB with utf8mb4 (4 bytes a character): MySQL 8 and MariaDB 10.11 refuse past these. */
export const MYSQL_LIMITS: EngineLimits = {
  identifier: 64, columns: 1017, rowBytes: 65535, keysPerTable: 64, keyBytes: 3072,
  varchar: 16383, enumValue: 16383, defaultBytes: 16383, checkBytes: 60000, exprDepth: 200, longText: 'text',
};

export const MYSQL_MEANING = { engine: 'MySQL/MariaDB', exactDecimal: true, unicodeCase: true, limits: MYSQL_LIMITS };
