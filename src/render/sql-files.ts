/** schema.sql and migration pairs as strings (pure). */
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { planCreate, planDown, type Statement } from '../model/statements.js';
import { relationCount } from '../core/design.js';
import { render } from './hbs.js';
import { withEncoding } from '../dialects/shared/ddl.js';

export interface Meta { date: string; orm: string; style: string }

export function schemaSql(d: Dialect, model: Model, schema: Schema, meta: Meta): string {
  return withEncoding(d, render('schema.sql', {
    ...meta, dialect: d.id, statements: planCreate(schema, d.caps),
    entityCount: model.entities.length, relationCount: relationCount(model), tableCount: schema.tables.length,
  }));
}

export interface MigrationPair { up: string; down: string }

/** The init migration: header + schema.sql verbatim; the down is the inverse plan. */
export function initMigration(d: Dialect, schema: Schema, schemaText: string, v: { version: string; date: string; irreversible: string[]; tool: string }): MigrationPair {
  const name = 'init_schema';
  const up = withEncoding(d, render('migration-up.sql', { name, date: v.date, tool: v.tool, body: schemaText.replace(/\s+$/, '') }));
  return { up, down: downSql(d, planCreate(schema, d.caps), { ...v, name }) };
}

/** Any later migration from its up statements. */
export function migrationPair(d: Dialect, up: Statement[], v: { version: string; date: string; name: string; tool: string; notes?: string[] }): MigrationPair {
  return {
    up: withEncoding(d, render('migration-up.sql', { ...v, dialect: d.id, statements: up })),
    down: downSql(d, up, { ...v, irreversible: [] }),
  };
}

function downSql(d: Dialect, up: Statement[], v: { version: string; date: string; name: string; tool: string; irreversible: string[] }): string {
  return withEncoding(d, render('migration-down.sql', {
    ...v, dialect: d.id, prelude: d.downPrelude?.(up) ?? [], postlude: d.downPostlude?.(up) ?? [], statements: planDown(up, v.name, v.irreversible),
  }));
}
