/** schema.sql and migration pairs as strings (pure): both are statement lists from the one diff. */
import type { Dialect } from '../dialects/dialect.js';
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import { planDown, type Statement } from '../model/statements.js';
import { planCreate } from '../diff/plan.js';
import { relationCount } from '../model/relations.js';
import { emitAll, render } from './hbs.js';
import { withEncoding } from '../dialects/shared/ddl.js';

export interface Meta { date: string; orm: string; style: string }

/** The comment lines that open db/schema.sql (and the first migration, which is schema.sql verbatim). */
export function schemaHead(d: Dialect, model: Model, schema: Schema, meta: Meta): string[] {
  return render('schema-head.sql', {
    ...meta, dialect: d.id, entityCount: model.entities.length, relationCount: relationCount(model), tableCount: schema.tables.length,
  }).trimEnd().split('\n');
}

/** `emitted`: its statements' text made already (`sharedCreate`: the first migration's up holds the same). */
export function schemaSql(d: Dialect, model: Model, schema: Schema, meta: Meta, emitted?: string): string {
  const statements = emitted === undefined ? planCreate(schema, d.caps) : [];
  const lead = schemaHead(d, model, schema, meta);
  return withEncoding(d, render('schema.sql', { dialect: d.id, lead, statements, emitted }));
}

const sameValue = (a: unknown, b: unknown): boolean => a === b
  || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));
/** The same statement: each field the same value (one level of arrays compared item by item), nothing deep. */
const sameStatement = (a: Statement, b: Statement): boolean => {
  const [x, y] = [a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => sameValue(x[k], y[k]));
};

/** The first migration's up statements as text when they are schema.sql's own (the same statements, the same
 *  tables): rendered once for both files (1,000 CREATE TABLEs); otherwise undefined and each renders its own. */
export function sharedCreate(d: Dialect, up: readonly Statement[], schema: Schema): string | undefined {
  const create = planCreate(schema, d.caps);
  return create.length === up.length && create.every((s, i) => sameStatement(s, up[i])) ? emitAll(d.id, up) : undefined;
}

export interface MigrationPair { up: string; down: string }

export interface PairMeta {
  version: string; date: string; name: string;
  tool: string;             // the runner the header names (kei-migrate, dbmate, goose …)
  lead?: string[];          // lines right under the header (the first migration: schema.sql's own head)
  notes?: string[];         // `-- ` comment lines in the up
  downNotes?: string[];     // `-- ` comment lines in the down
  irreversible?: string[];  // tables whose down aborts
  emitted?: string;         // the up statements' text made already (sharedCreate)
}

/** A migration pair from its up statements; the down is the inverse plan. */
export function migrationPair(d: Dialect, up: Statement[], v: PairMeta): MigrationPair {
  const { emitted, ...w } = v;
  const irreversible = w.irreversible ?? [];
  const down = planDown(up, w.name, irreversible);
  return {
    up: withEncoding(d, render('migration-up.sql', {
      ...w, dialect: d.id, checks: d.dataChecks?.(up) ?? [], statements: up, emitted,
    })),
    down: withEncoding(d, render('migration-down.sql', {
      ...w, notes: v.downNotes ?? [], dialect: d.id, prelude: d.downPrelude?.(up) ?? [], postlude: d.downPostlude?.(up) ?? [],
      checks: d.dataChecks?.(down) ?? [], statements: down,
    })),
  };
}
