/** PostgreSQL: identity keys, transactional DDL, one trigger function keeps updated_at current. */
import type { Dialect } from '../dialect.js';
import type { Column, Table } from '../../state/physical-schema.js';
import { citextFor, PG_DEFAULTS, pgType } from './types.js';
import * as ddl from '../shared/ddl.js';
import { addClauses, alterTable } from '../shared/alter.js';
import { pgChanges } from './alter.js';
import { PG_CHECK, PG_MEANING, pgUtc } from './meaning.js';
import { beginCommit } from '../shared/transaction.js';
import { baseEmitters } from '../shared/emit.js';
import { pgVolume } from './volume.js';
import { pgOnline } from './online.js';
import { pgTimeouts } from './online-sql.js';
import { pgReplay } from './replay.js';
import { pgRecognise } from './recognise.js';
import { readPostgresCatalog } from './catalog.js';
import { pgSeed } from './seed.js';
import { pgConnection } from './connect.js';

export const FN = 'set_updated_at';
const q = ddl.quoteWith('"');

/** A column's type with its collation (collate(…)): as CREATE TABLE, ADD COLUMN and ALTER COLUMN … TYPE say it. */
export const pgTyped = (c: Column) => `${pgType(c)}${c.collation ? ` COLLATE ${q(c.collation)}` : ''}`;

export const colDef = (c: Column) => `${q(c.name)} ${pgTyped(c)}${c.nullable || c.identity ? '' : ' NOT NULL'}${ddl.defaultSql(postgres, c, PG_DEFAULTS)}`;

/** doc('…') and @doc('…'): COMMENT ON after the table (a DROP TABLE takes them with it). */
const commentsOn = (t: Table) => [
  ...(t.doc ? [`COMMENT ON TABLE ${q(t.name)} IS ${postgres.literal(t.doc)};`] : []),
  ...t.columns.filter((c) => c.doc).map((c) => `COMMENT ON COLUMN ${q(t.name)}.${q(c.name)} IS ${postgres.literal(c.doc!)};`),
];

export const postgres: Dialect = {
  id: 'postgres',
  volume: pgVolume,
  label: 'PostgreSQL',
  choice: { label: 'PostgreSQL', hint: 'identity keys, transactional DDL, partial indexes; the default for multi-user integrity' },
  connection: pgConnection,
  seed: pgSeed,
  sqlDriver: 'postgres',
  caps: {
    maxIdent: 63, transactionalDdl: true, updatedAtTrigger: true, triggerFunction: true,
    partialIndex: true, addForeignKey: true, dropColumnWithFk: 'alter', arrays: true,
    identitySequence: (table) => `${table}_id_seq`, ...PG_MEANING,
    onlineDdl: { concurrentIndex: true, notValid: true },
  },
  check: PG_CHECK,
  utcDatetime: pgUtc,
  quote: q,
  // E'…' when a backslash is in the text: read the same whatever standard_conforming_strings says
  literal: ddl.literalWith((s) => (s.includes('\\') ? `E'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${s.replace(/'/g, "''")}'`)),
  columnDefault: (c) => ddl.defaultSql(postgres, c, PG_DEFAULTS).replace(/^ DEFAULT /, '') || undefined,
  columnType: (c) => pgType(c),
  transaction: (sql) => beginCommit(sql),
  online: (up) => pgOnline(up),
  timeouts: pgTimeouts,
  replay: pgReplay,
  recognise: pgRecognise,
  readCatalog: readPostgresCatalog,
  emit: {
    ...baseEmitters(() => postgres),
    createTriggerFunction: () => [
      // an UPDATE that sets updated_at keeps its value, as MySQL's ON UPDATE and the SQLite trigger do
      `CREATE OR REPLACE FUNCTION ${q(FN)}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n` +
        `  IF NEW.${q('updated_at')} IS NOT DISTINCT FROM OLD.${q('updated_at')} THEN\n    NEW.${q('updated_at')} := now();\n  END IF;\n` +
        '  RETURN NEW;\nEND;\n$$;',
    ],
    dropTriggerFunction: () => [`DROP FUNCTION IF EXISTS ${q(FN)}() CASCADE;`],
    createTable: ({ table: t, deferred, residue }) => [
      ...citextFor(t.columns),
      ddl.createTableSql(postgres, t, [
        ...t.columns.map(colDef),
        `CONSTRAINT ${q(t.primaryKey.name)} PRIMARY KEY (${ddl.cols(postgres, t.primaryKey.columns)})`,
        ...ddl.constraintLines(postgres, t, deferred),
      ]),
      ...t.indexes.map((ix) => ddl.createIndexSql(postgres, t, ix, true)),
      ...commentsOn(t),
      ...(t.trigger
        ? [`CREATE OR REPLACE TRIGGER ${q(t.trigger)} BEFORE UPDATE ON ${q(t.name)} FOR EACH ROW EXECUTE FUNCTION ${q(FN)}();`]
        : []),
      ...(residue ?? []),
    ],
    dropTable: ({ table: t, irreversible, dependents }) =>
      irreversible ? [`-- IRREVERSIBLE: kept ${q(t.name)}`] : [...(dependents ?? []), `DROP TABLE IF EXISTS ${q(t.name)} CASCADE;`],
    // drop-if-exists + add in one ALTER: re-running an up (FK cycles) is harmless
    addForeignKey: ({ table, fk }) => [`ALTER TABLE ${q(table)} DROP CONSTRAINT IF EXISTS ${q(fk.name)}, ADD ${ddl.fkSql(postgres, fk)};`],
    dropForeignKey: ({ table, fk }) => [`ALTER TABLE IF EXISTS ${q(table)} DROP CONSTRAINT IF EXISTS ${q(fk.name)};`],
    addColumn: (s) => [
      ...citextFor([s.column]),
      alterTable(postgres, s.table.name, addClauses(postgres, s, colDef(s.column), (n, c) => `CONSTRAINT ${n} UNIQUE (${c})`)),
      ...(s.index ? [ddl.createIndexSql(postgres, s.table, s.index, true)] : []),
    ],
    dropColumn: (s) => [
      ...(s.index ? [`DROP INDEX IF EXISTS ${q(s.index.name)};`] : []),
      alterTable(postgres, s.table.name, [
        ...[s.fk, s.unique, ...(s.checks ?? [])].filter((x) => !!x).map((x) => `DROP CONSTRAINT IF EXISTS ${q(x.name)}`),
        `DROP COLUMN IF EXISTS ${q(s.column.name)}`,
      ]),
    ],
    ...pgChanges,
    guardIrreversible: ({ migration, tables }) => [
      [...ddl.irreversibleComment(tables), `DO $$ BEGIN RAISE EXCEPTION ${postgres.literal(`irreversible: ${migration}`)}; END $$;`].join('\n'),
    ],
  },
};
