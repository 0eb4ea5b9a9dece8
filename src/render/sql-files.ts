/** schema.sql and migration pairs as strings (pure): both are statement lists from the one diff. */
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { planDown, type Statement } from '../model/statements.js';
import { planCreate } from '../diff/plan.js';
import { relationCount } from '../model/relations.js';
import { render } from './hbs.js';
import { withEncoding } from '../dialects/shared/ddl.js';

export interface Meta { date: string; orm: string; style: string }

/** The comment lines that open db/schema.sql (and the first migration, which is schema.sql verbatim). */
export function schemaHead(d: Dialect, model: Model, schema: Schema, meta: Meta): string[] {
  return render('schema-head.sql', {
    ...meta, dialect: d.id, entityCount: model.entities.length, relationCount: relationCount(model), tableCount: schema.tables.length,
  }).trimEnd().split('\n');
}

export function schemaSql(d: Dialect, model: Model, schema: Schema, meta: Meta): string {
  return withEncoding(d, render('schema.sql', { dialect: d.id, lead: schemaHead(d, model, schema, meta), statements: planCreate(schema, d.caps) }));
}

export interface MigrationPair { up: string; down: string }

export interface PairMeta {
  version: string; date: string; name: string;
  tool: string;             // the runner the header names (kei-migrate, dbmate, goose …)
  lead?: string[];          // lines right under the header (the first migration: schema.sql's own head)
  notes?: string[];         // `-- ` comment lines in the up
  downNotes?: string[];     // `-- ` comment lines in the down
  irreversible?: string[];  // tables whose down aborts
}

/** A migration pair from its up statements; the down is the inverse plan. */
export function migrationPair(d: Dialect, up: Statement[], v: PairMeta): MigrationPair {
  const irreversible = v.irreversible ?? [];
  const down = planDown(up, v.name, irreversible);
  return {
    up: withEncoding(d, render('migration-up.sql', { ...v, dialect: d.id, checks: d.dataChecks?.(up) ?? [], statements: up })),
    down: withEncoding(d, render('migration-down.sql', {
      ...v, notes: v.downNotes ?? [], dialect: d.id, prelude: d.downPrelude?.(up) ?? [], postlude: d.downPostlude?.(up) ?? [],
      checks: d.dataChecks?.(down) ?? [], statements: down,
    })),
  };
}
