/**
 * zod schema of db/design.json, shared by every generator. Versioned (older versions are upgraded on read,
 * see upgrade.ts); JSON Schema shipped as design.schema.json. Every entity and field carries a stable id.
 */
import * as z from 'zod';
import { str, optStr, optBool, nonEmpty, strs } from './leaves.js';
import { SomeAnswers } from './answers-schema.js';
import { Model } from './model-schema.js';
import { Schema } from './physical-schema.js';

export const STATE_VERSION = 3;
export const SCHEMA_REF = '../node_modules/db-scaffold/design.schema.json';

export const Migration = z.object({
  version: z.string().regex(/^\d{14}$/),
  name: str,
  up: str,
  down: str,
  checksum: str,               // sha256 of up + down as written
  sums: z.object({ up: str, down: str }).optional(), // sha256 of each file, to name the one edited
  irreversible: strs,
  noTransaction: z.literal(true).optional(), // written to run outside a transaction (CONCURRENTLY, a batched backfill)
});
export type Migration = z.infer<typeof Migration>;

/** What the entity language cannot say, one object each (db-import): replayed after the migrations (db/residue.sql). */
export const ResidueObject = z.object({
  kind: nonEmpty,            // table, column, index, foreign key, check, view, trigger, function, …
  name: nonEmpty,            // film.title, film idx_title, rental_date on rental
  reason: str,
  // statements by phase (catalog/replay.ts, in order; 0.5 between 0 and 1): 0 types and routines, 1 drops, … 7 triggers
  sql: z.array(z.object({ phase: z.number().min(0), sql: str })),
});
export type ResidueObject = z.infer<typeof ResidueObject>;

export const Design = z.object({
  $schema: optStr,
  version: z.literal(STATE_VERSION),
  tool: z.literal('db-scaffold'),
  answers: SomeAnswers,
  model: Model.refine((m) => m.entities.every((e) => e.id && e.fields.every((f) => f.id)), 'every entity and field needs its id').optional(),
  schema: Schema.optional(),          // snapshot of what the migrations replay to
  migrations: z.array(Migration),
  handoff: optStr,
  residue: z.array(ResidueObject).optional(), // kept across every change; db/residue.sql is its rendering
  // safety online: what the expand migrations leave for `db-change -- --contract true` (one phase = one migration)
  contract: z.object({
    name: str,
    phases: z.array(z.object({ name: str, up: strs, down: strs, noTx: optBool })),
    notes: strs,
  }).optional(),
  seed: z.object({ tier: str, file: optStr, entities: strs, rows: z.number().int().optional() }).optional(),
  // db-verify's lint rules switched off for this design, each with the reason: {"ban-drop-column": "legacy table"}
  lint: z.record(str, z.string().trim().min(1, 'give the reason the rule is off')).optional(),
  // db-schema's answers kept as they are given (no schema files yet): the next run offers to resume them
  wizard: z.object({ unfinished: z.literal(true), step: z.number().int() }).optional(),
}).strict();
export type Design = z.infer<typeof Design>;

export function emptyDesign(): Design {
  return { $schema: SCHEMA_REF, version: STATE_VERSION, tool: 'db-scaffold', answers: {}, migrations: [] };
}
