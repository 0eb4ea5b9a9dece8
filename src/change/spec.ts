/** db-change's answers: the whole design as it should now be, plus renames, confirmations and backfills. */
import * as z from 'zod';
import { jsonNumber, numberValue } from '../model/values.js';
import { Relation } from '../state/model-schema.js';
import type { Default } from '../state/model-schema.js';
import type { CliArgs } from '../cli/args.js';
import { fail } from '../cli/errors.js';
import { specObject } from '../cli/given.js';
import { jsonFlag } from '../cli/json-flag.js';
import { didYouMean, semi } from '../cli/options.js';
import { guardText } from '../model/guard.js';
import { RELATION_SHAPE, refuseUnknownKeys } from '../cli/spec-keys.js';

const Name = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, 'Entity or Entity.field');

const Column = z.string().regex(/^[^.\s]+\.[^.\s]+$/, 'table.column, as db/residue.sql names it');

export const ChangeSpec = z.object({
  entities: z.string().min(1).optional(),   // absent only on the terminal click path (the model comes from it)
  relations: z.array(Relation).default([]),
  renames: z.array(z.object({ from: Name, to: Name }).strict()).default([]),
  replace: z.array(Name).default([]),                  // "drop X and add the new one", not a rename
  allowDestructive: z.boolean().default(false),
  backfill: z.record(Name, z.union([z.string(), z.number(), z.boolean()])).default({}),
  renameValues: z.record(Name, z.record(z.string(), z.string())).default({}), // enum values renamed in the rows (values.ts)
  contract: z.boolean().default(false),
  // residue objects of a column this change alters given up: the language's definition wins (core/residue-columns.ts)
  residue: z.object({ drop: z.array(Column).min(1) }).strict().optional(),
  data: z.object({ up: z.string().min(1), down: z.string().min(1).optional() }).strict().optional(), // a data step's .sql files              // safety online: write the contract the last expand left
}).strict();
export type ChangeSpec = z.infer<typeof ChangeSpec>;
export const CHANGE_KEYS = Object.keys(ChangeSpec.shape);

const NESTED = { relations: RELATION_SHAPE, renames: { keys: ['from', 'to'] }, residue: { keys: ['drop'] } };

export function parseChange(where: string, raw: unknown): ChangeSpec {
  const given = (raw ?? {}) as Record<string, unknown>; // unknown top-level keys: zod's line below, with the hint
  for (const [k, shape] of Object.entries(NESTED)) refuseUnknownKeys(where, given[k], shape, k);
  const r = ChangeSpec.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const at = issue.path.length ? issue.path.join('.') : '(top level)';
  const near = issue.code === 'unrecognized_keys' ? semi(didYouMean(String(issue.keys[0]), CHANGE_KEYS, '')) : '';
  const hint = issue.code === 'unrecognized_keys' ? `${near} (db-change takes ${CHANGE_KEYS.join(', ')}; db, orm, scale and style come from db/design.json)` : '';
  return fail(`${where}: ${at}: ${issue.message}${hint}`);
}

/** `--spec FILE` and `-- --key value` answers, not yet checked as a whole (some may be asked). */
export function givenChange(args: CliArgs, cwd = process.cwd()): Record<string, unknown> {
  const raw: Record<string, unknown> = args.spec ? { ...specObject(args.spec, cwd) } : {};
  delete raw.$schema;
  for (const [k, v] of Object.entries(args.values)) {
    raw[k] = k === 'entities' ? v : k === 'allowDestructive' || k === 'contract' ? v === 'true' : jsonFlag(k, v);
  }
  return raw;
}

/** A backfill is one literal, written as SQL: 'text' (quotes doubled inside), a number, TRUE or FALSE. */
export function backfillValue(key: string, v: string | number | boolean): Default {
  if (typeof v === 'number') return { kind: 'value', value: jsonNumber(`backfill.${key}`, v) };
  if (typeof v !== 'string') return { kind: 'value', value: v };
  const s = v.trim();
  const str = /^'((?:[^']|'')*)'$/.exec(s);
  if (str) return { kind: 'value', value: guardText(`backfill.${key}`, 'value', str[1].replace(/''/g, "'")) };
  if (/^-?\d+(\.\d+)?$/.test(s)) return { kind: 'value', value: numberValue(s) }; // the digits as written
  if (/^(true|false)$/i.test(s)) return { kind: 'value', value: /^true$/i.test(s) };
  return fail(`backfill.${key}: ${JSON.stringify(v).slice(0, 40)} is not a literal (allowed: 'text', a number, TRUE, FALSE)`);
}
