/** MySQL/MariaDB: how check(expr) keeps the language's meaning, and the limits the engine enforces on apply. */
import type { CheckSyntax, EngineLimits } from '../dialect.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { mysqlType } from './types.js';

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
  varchar: 16383, enumValue: 16383, defaultBytes: 16383, checkBytes: 60000, exprDepth: 990, checkNesting: 60, longText: 'text',
  columnBytes: mysqlBytes,
};

const FIXED: Record<string, number> = {
  BIGINT: 8, 'BIGINT UNSIGNED': 8, INT: 4, SMALLINT: 2, DOUBLE: 8, BOOLEAN: 1, DATE: 3, TIME: 3, DATETIME: 5, TIMESTAMP: 4,
};

/** Bytes in the row (and in a key) as InnoDB counts them: a VARCHAR its characters × 4 and a length, a TEXT/BLOB/JSON a pointer. */
function mysqlBytes(c: Column, t: Table): number {
  const sql = mysqlType(c, t);
  const n = /^(VAR)?CHAR\((\d+)\)$/.exec(sql);
  if (n) return Number(n[2]) * 4 + (n[1] ? (Number(n[2]) * 4 > 255 ? 2 : 1) : 0);
  const dec = /^DECIMAL\((\d+),(\d+)\)$/.exec(sql);
  if (dec) return Math.ceil(Number(dec[1]) / 2) + 1;
  return FIXED[sql] ?? 12;
}

/** collate(name): a collation's name (it names its character set too: utf8mb4_bin, latin1_swedish_ci), written COLLATE name. */
const MYSQL_COLLATE = {
  name: (n: string) => (/^[A-Za-z0-9_]{1,64}$/.test(n) ? n.toLowerCase() : undefined),
  allowed: 'a name of information_schema.COLLATIONS: letters, digits and _, e.g. utf8mb4_bin, utf8mb4_0900_as_cs',
  note: (n: string) => (/_0900_/.test(n) ? `collate(${n}): MySQL 8.0 or later only (MariaDB has no _0900_ collations; `
    + 'utf8mb4_unicode_ci and utf8mb4_bin are on both)' : /_uca1400_|_nopad_/.test(n) ? `collate(${n}): MariaDB only (uca1400 `
    + 'from 10.10); MySQL has no collation of that name (utf8mb4_unicode_ci and utf8mb4_bin are on both)' : undefined),
};

export const MYSQL_MEANING = { engine: 'MySQL/MariaDB', exactDecimal: true, unicodeCase: true, limits: MYSQL_LIMITS, collate: MYSQL_COLLATE };
