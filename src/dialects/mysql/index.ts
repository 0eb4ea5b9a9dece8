/** MySQL/MariaDB: AUTO_INCREMENT keys, indexes inline in CREATE TABLE, ON UPDATE keeps updated_at current. */
import type { Dialect } from '../dialect.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { CHARSET, COLLATION, KEYED_TEXT, MYSQL_DEFAULTS, mysqlType, mysqlWrap } from './types.js';
import * as ddl from '../shared/ddl.js';
import { addClauses, alterTable } from '../shared/alter.js';
import { mysqlChanges, placeAfter } from './alter.js';
import { MYSQL_CHECK, MYSQL_MEANING } from './meaning.js';
import { groupCheckSwaps } from './group.js';
import { dataChecks } from './data-checks.js';
import { baseEmitters } from '../shared/emit.js';
import { isKeyed, keyedSql } from './keyed.js';
import { mysqlVolume } from './volume.js';
import { mysqlOnline, mysqlTimeouts } from './online.js';
import { mysqlReplay } from './replay.js';
import { mysqlRecognise } from './recognise.js';
import { readMysqlCatalog } from './catalog.js';
import { mysqlSeed } from './seed.js';
import { mysqlConnection } from './connect.js';
import { addFkOnce } from './fk-once.js';

const q = ddl.quoteWith('`');
const SUFFIX = ` ENGINE=InnoDB DEFAULT CHARSET=${CHARSET} COLLATE=${COLLATION}`;

export function colDef(c: Column, t: Table): string {
  const null_ = c.nullable ? ' NULL' : ' NOT NULL';
  const auto = c.identity ? ' AUTO_INCREMENT' : '';
  const onUpdate = c.onUpdateNow ? ' ON UPDATE CURRENT_TIMESTAMP' : '';
  const doc = c.doc ? ` COMMENT ${mysql.literal(c.doc)}` : '';
  const ci = 'ci' in c.type && c.type.ci ? ` COLLATE ${COLLATION}` : c.collation ? ` COLLATE ${c.collation}` : ''; // ci: said where meant
  return `${q(c.name)} ${mysqlType(c, t)}${ci}${null_}${auto}${ddl.defaultSql(mysql, c, MYSQL_DEFAULTS, (l) => mysqlWrap(c, t, l))}${onUpdate}${doc}`;
}

const indexLine = (ix: Table['indexes'][number]) => `${ix.unique ? 'UNIQUE ' : ''}KEY ${q(ix.name)} (${ddl.cols(mysql, ix.columns)})`;

export const mysql: Dialect = {
  id: 'mysql',
  volume: mysqlVolume,
  label: 'MySQL/MariaDB',
  choice: { label: 'MySQL / MariaDB', hint: 'AUTO_INCREMENT keys, InnoDB, utf8mb4; when the platform is MySQL' },
  connection: mysqlConnection,
  seed: mysqlSeed,
  sqlDriver: 'mysql',
  caps: {
    maxIdent: 64, transactionalDdl: false, updatedAtTrigger: false, triggerFunction: false,
    partialIndex: false, addForeignKey: true, dropColumnWithFk: 'alter', fkNeedsIndex: true, keyedText: KEYED_TEXT,
    ...MYSQL_MEANING,
  },
  check: MYSQL_CHECK,
  quote: q,
  // backslash escapes on (the default sql_mode): a backslash doubled, a quote doubled
  literal: ddl.literalWith((s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`),
  columnDefault: (c, t) => ddl.defaultSql(mysql, c, MYSQL_DEFAULTS, (l) => mysqlWrap(c, t, l)).replace(/^ DEFAULT /, '') || undefined,
  columnType: mysqlType,
  online: (up) => mysqlOnline(up),
  timeouts: mysqlTimeouts,
  // the client's default character set may be latin1 or 3-byte utf8: a seed's emoji would be refused or mangled
  encoding: 'SET NAMES utf8mb4;',
  group: groupCheckSwaps, // a CHECK replaced in one ALTER TABLE: validated before the old one goes
  dataChecks, // the rows checked before the first ALTER (data-checks.ts)
  replay: mysqlReplay,
  recognise: mysqlRecognise,
  readCatalog: readMysqlCatalog,
  emit: {
    ...baseEmitters(() => mysql),
    createTable: ({ table: t, deferred, residue }) => [
      [...t.indexes.filter(isKeyed).map((ix) => keyedSql(ix, t).note), ddl.createTableSql(mysql, t, [
        ...t.columns.map((c) => colDef(c, t)),
        ...t.indexes.filter(isKeyed).flatMap((ix) => keyedSql(ix, t).columns),
        `PRIMARY KEY (${ddl.cols(mysql, t.primaryKey.columns)})`,
        ...t.indexes.map((ix) => (isKeyed(ix) ? keyedSql(ix, t).key : indexLine(ix))),
        ...ddl.constraintLines(mysql, t, deferred, (n, c) => `UNIQUE KEY ${q(n)} (${ddl.cols(mysql, c)})`),
      ], `${SUFFIX}${t.doc ? ` COMMENT=${mysql.literal(t.doc)}` : ''}`)].join('\n'),
      ...(residue ?? []),
    ],
    addForeignKey: ({ table, fk }) => [addFkOnce(table, ddl.fkSql(mysql, fk), fk.name)],
    dropForeignKey: ({ table, fk }) => [`ALTER TABLE ${q(table)} DROP FOREIGN KEY ${q(fk.name)};`],
    addColumn: (s) => [
      alterTable(mysql, s.table.name,
        addClauses(mysql, s, colDef(s.column, s.table) + placeAfter(s), (n, c) => `UNIQUE KEY ${n} (${c})`, s.index ? [`ADD ${indexLine(s.index)}`] : [])),
    ],
    // the FK first (its index cannot go while the FK needs it); DROP CONSTRAINT for checks works on MySQL 8.0.19+ and MariaDB
    dropColumn: (s) => [
      ...(s.fk ? [`ALTER TABLE ${q(s.table.name)} DROP FOREIGN KEY ${q(s.fk.name)};`] : []),
      alterTable(mysql, s.table.name, [
        ...(s.checks ?? []).map((c) => `DROP CONSTRAINT ${q(c.name)}`),
        ...[s.unique, s.index].filter((x) => !!x).map((x) => `DROP INDEX ${q(x.name)}`),
        `DROP COLUMN ${q(s.column.name)}`,
      ]),
    ],
    ...mysqlChanges,
    guardIrreversible: ({ migration, tables }) => [
      [...ddl.irreversibleComment(tables), `SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = ${mysql.literal(`irreversible: ${migration}`)};`].join('\n'),
    ],
  },
};
