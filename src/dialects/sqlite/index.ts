/** SQLite: INTEGER PRIMARY KEY, FKs always inline (forward references allowed), AFTER UPDATE triggers. */
import type { Dialect } from '../dialect.js';
import type { Statement } from '../../model/statements.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { SQLITE_DEFAULTS, sqliteType } from './types.js';
import { addNeedsRebuild, dropNeedsRebuild, rebuildTable, withoutColumn } from './rebuild.js';
import type { ColumnChange } from '../../model/statements.js';
import * as ddl from '../shared/ddl.js';
import { withColumn } from '../shared/alter.js';
import { sqliteChanges } from './alter.js';
import { groupRebuilds } from './group.js';
import { baseEmitters } from '../shared/emit.js';
import { SQLITE_CHECK, SQLITE_MEANING } from './meaning.js';
import { sqliteTransaction, turnsForeignKeysOff } from './transaction.js';
import { sqliteVolume } from './volume.js';
import { sqliteReplay } from './replay.js';
import { readSqliteCatalog } from './catalog.js';
import { sqliteSeed } from './seed.js';
import { sqliteConnection } from './connect.js';
import { sqliteRecognise } from './recognise.js';
import { triggerSql } from './trigger.js';

const q = ddl.quoteWith('"');

export function colDef(c: Column): string {
  // autoincrement: a deleted last id is never handed out again (sqlite_sequence keeps the highest)
  if (c.identity) return `${q(c.name)} INTEGER PRIMARY KEY${c.identityKind === 'autoincrement' ? ' AUTOINCREMENT' : ''}`;
  // ci: case-insensitive (SQLite folds A-Z only); collate(…): NOCASE, BINARY or RTRIM
  const ci = 'ci' in c.type && c.type.ci ? ' COLLATE NOCASE' : c.collation ? ` COLLATE ${c.collation}` : '';
  return `${q(c.name)} ${sqliteType(c)}${ci}${c.nullable ? '' : ' NOT NULL'}${ddl.defaultSql(sqlite, c, SQLITE_DEFAULTS)}`;
}

export function tableParts(t: Table): string[] {
  const single = t.columns.some((c) => c.identity);
  // comments (catalog-comments.ts reads them back): the table's on the CREATE line after its `(`, a column's on its own line before it
  const open = `${q(t.name)} (\n`;
  return [
    ddl.createTableSql(sqlite, t, [
      ...t.columns.map((c) => `${c.doc ? `-- ${c.doc}\n  ` : ''}${colDef(c)}`),
      ...(single ? [] : [`CONSTRAINT ${q(t.primaryKey.name)} PRIMARY KEY (${ddl.cols(sqlite, t.primaryKey.columns)})`]),
      ...ddl.constraintLines(sqlite, t, []),
    ]).replace(open, t.doc ? `${q(t.name)} ( -- ${t.doc}\n` : open),
    ...t.indexes.map((ix) => ddl.createIndexSql(sqlite, t, ix, true)),
    ...(t.trigger ? [triggerSql(t)] : []),
  ];
}

/** The column's own CHECKs and FK as named column constraints (ALTER TABLE ADD COLUMN takes no table constraints). */
function inlineParts(s: ColumnChange): string {
  const checks = (s.checks ?? []).map((c) => ` CONSTRAINT ${q(c.name)} ${ddl.checkSql(sqlite, c, withColumn(s))}`).join('');
  const fk = s.fk ? ` CONSTRAINT ${q(s.fk.name)} REFERENCES ${q(s.fk.refTable)} (${q(s.fk.refColumn)}) ON DELETE ${ddl.onDeleteSql(s.fk.onDelete)}` : '';
  return checks + fk;
}


function rebuildOrFail(why: string, before: Table | undefined, after: Table | undefined, alone?: boolean): string[] {
  if (!before || !after) throw new Error(`SQLite: ${why} needs the table before and after (FKs are inline)`);
  return rebuildTable(before, after, why, {}, {}, alone);
}

/** Does a created table reference one created after it (only an FK cycle does)? */
function forwardReference(up: Statement[]): boolean {
  const created = up.flatMap((s) => (s.kind === 'createTable' ? [s.table] : []));
  return created.some((t, i) => t.foreignKeys.some((fk) => created.findIndex((x) => x.name === fk.refTable) > i));
}

export const sqlite: Dialect = {
  id: 'sqlite',
  volume: sqliteVolume,
  label: 'SQLite',
  choice: { label: 'SQLite', hint: 'one file, zero ops; edge, embedded and single-node services' },
  connection: sqliteConnection,
  seed: sqliteSeed,
  sqlDriver: 'sqlite3',
  caps: {
    maxIdent: 63, transactionalDdl: true, updatedAtTrigger: true, triggerFunction: false, unnamedKeys: true,
    partialIndex: true, addForeignKey: false, dropColumnWithFk: 'rebuild', reservedPrefix: 'sqlite_',
    textComments: true, ...SQLITE_MEANING,
  },
  check: SQLITE_CHECK,
  quote: q,
  literal: ddl.standardLiteral,
  columnDefault: (c) => ddl.defaultSql(sqlite, c, SQLITE_DEFAULTS).replace(/^ DEFAULT /, '') || undefined,
  columnType: (c) => (c.identity ? 'INTEGER' : sqliteType(c)), // an identity is INTEGER PRIMARY KEY whatever its kind
  // FK cycle: a DROP TABLE's implicit DELETE would cascade through a table whose other parent is gone
  // ("no such table"); foreign_keys=OFF (outside a transaction) skips that DELETE; defer covers the wrapped case
  downPrelude: (up) => [...(forwardReference(up) ? ['PRAGMA foreign_keys = OFF;'] : []), 'PRAGMA defer_foreign_keys = ON;'],
  group: groupRebuilds,
  downPostlude: (up) => (forwardReference(up) ? ['PRAGMA foreign_keys = ON;'] : []),
  outsideTransaction: turnsForeignKeysOff,
  outsideWhy: 'it rebuilds a table other tables reference, with PRAGMA foreign_keys=OFF, which SQLite ignores inside a transaction',
  transaction: sqliteTransaction,
  replay: sqliteReplay,
  readCatalog: readSqliteCatalog,
  recognise: sqliteRecognise,
  emit: {
    ...baseEmitters(() => sqlite),
    createTable: ({ table, residue }) => [...tableParts(table), ...(residue ?? [])],
    // FKs are inline: on an existing table one comes or goes through the rebuild
    addForeignKey: ({ fk, before, after, unreferenced }) => rebuildOrFail(`add ${fk.name}`, before, after, unreferenced),
    dropForeignKey: ({ fk, before, after, unreferenced }) => rebuildOrFail(`drop ${fk.name}`, before, after, unreferenced),
    addColumn: (s) => (addNeedsRebuild(s) ? rebuildTable(withoutColumn(s), s.table, `add ${s.column.name}`, {}, {}, s.unreferenced) : [
      `ALTER TABLE ${q(s.table.name)} ADD COLUMN ${colDef(s.column)}${inlineParts(s)};`,
      ...(s.index ? [ddl.createIndexSql(sqlite, s.table, s.index, true)] : []),
    ]),
    dropColumn: (s) => (dropNeedsRebuild(s) ? rebuildTable(s.table, withoutColumn(s), `drop ${s.column.name}`, {}, {}, s.unreferenced) : [
      ...(s.index ? [`DROP INDEX IF EXISTS ${q(s.index.name)};`] : []),
      `ALTER TABLE ${q(s.table.name)} DROP COLUMN ${q(s.column.name)};`,
    ]),
    ...sqliteChanges,
    guardIrreversible: ({ migration, tables }) => [[
      ...ddl.irreversibleComment(tables),
      'CREATE TEMP TABLE IF NOT EXISTS "_irreversible" ("x" INTEGER);',
      `CREATE TEMP TRIGGER IF NOT EXISTS "_irreversible_guard" BEFORE INSERT ON "_irreversible" BEGIN SELECT RAISE(ABORT, ${sqlite.literal(`irreversible: ${migration}`)}); END;`,
      'INSERT INTO "_irreversible" VALUES (1);',
    ].join('\n')],
  },
};
