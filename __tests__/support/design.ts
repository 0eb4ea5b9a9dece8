/** Small designs for unit and DDL tests: text in, model / schema / plan / SQL out (pure, no files). */
import type { Relation } from '../../src/state/model-schema.js';
import type { Schema, Table } from '../../src/state/physical-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';
import { DIALECT_IDS } from '../../src/dialects/dialect.js';
import { buildModel, compileFor } from '../../src/core/design.js';
import { dialectOf, emitStatement } from '../../src/dialects/registry.js';
import { planDown, type Statement } from '../../src/model/statements.js';
import { planCreate } from '../../src/diff/plan.js';
import { isUserError } from '../../src/cli/errors.js';

export const DIALECTS: DialectId[] = DIALECT_IDS;
export type Scale = 'solo' | 'team' | 'multi-replica';

export interface Small { entities: string; relations?: Relation[]; scale?: Scale }

export const modelOf = (s: Small) => buildModel({ entities: s.entities, relations: s.relations ?? [] });

export function schemaOf(db: DialectId, s: Small): Schema {
  return compileFor(modelOf(s), { db, scale: s.scale ?? 'team' });
}

export function tableOf(schema: Schema, name: string): Table {
  const t = schema.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${schema.tables.map((x) => x.name).join(', ')}`);
  return t;
}

export function upPlan(db: DialectId, s: Small): Statement[] {
  return planCreate(schemaOf(db, s), dialectOf(db).caps);
}

export const emit = (db: DialectId, st: Statement[]): string[] => st.flatMap((x) => emitStatement(dialectOf(db), x));

/** The SQL statements of one table's createTable (table, indexes, trigger). */
export function createParts(db: DialectId, s: Small, table: string): string[] {
  const st = upPlan(db, s).find((x) => x.kind === 'createTable' && x.table.name === table);
  if (!st) throw new Error(`no createTable for ${table}`);
  return emit(db, [st]);
}
export const createSql = (db: DialectId, s: Small, table: string) => createParts(db, s, table).join('\n');

/** Every up statement's SQL (whole plan), and the down's. */
export function upSql(db: DialectId, s: Small): string[] {
  return emit(db, upPlan(db, s));
}
export function downSql(db: DialectId, s: Small, irreversible: string[] = []): string[] {
  return emit(db, planDown(upPlan(db, s), 'init_schema', irreversible));
}

/** Run fn; it must fail with exactly one UserError line. Returns the message. */
export function userError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (!isUserError(e)) throw e;
    if (e.message.includes('\n')) throw new Error(`UserError spans lines: ${e.message}`);
    return e.message;
  }
  throw new Error('expected a UserError, nothing was thrown');
}
