/** zod schema of a field's column type and default in the design model (model-schema.ts re-exports both). */
import * as z from 'zod';
import { str, bool, optBool, nonEmpty } from './leaves.js';

const len = z.number().int().positive();
export const ColType = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('key') }),                 // the surrogate key: BIGINT identity (and FKs to it)
  // net: INET/CIDR on PostgreSQL; ci: case-insensitive (citext / COLLATE utf8mb4_unicode_ci / COLLATE NOCASE)
  z.object({ kind: z.literal('string'), length: len, net: z.enum(['inet', 'cidr']).optional(), ci: optBool }),
  z.object({ kind: z.literal('char'), length: len, ci: optBool }),
  z.object({ kind: z.literal('text'), varchar: optBool, array: optBool, ci: optBool }), // varchar: string(*) — VARCHAR
  // without a length on PostgreSQL; array: text[] (PostgreSQL only)
  z.object({ kind: z.literal('smallint'), unsigned: optBool }), // unsigned: UNSIGNED on MySQL, CHECK (>= 0) everywhere
  z.object({ kind: z.literal('integer'), unsigned: optBool }),
  z.object({ kind: z.literal('bigint'), unsigned: optBool }),
  z.object({ kind: z.literal('decimal'), precision: z.number().int(), scale: z.number().int() }),
  z.object({ kind: z.literal('float') }),
  z.object({ kind: z.literal('boolean') }),
  z.object({ kind: z.literal('date') }),
  z.object({ kind: z.literal('time') }),
  z.object({ kind: z.literal('datetime'), local: optBool }), // local: without time zone; absent: the spec's timezone
  z.object({ kind: z.literal('timestamp'), local: optBool }),
  z.object({ kind: z.literal('uuid') }),
  z.object({ kind: z.literal('json') }),
  z.object({ kind: z.literal('binary') }),
  z.object({ kind: z.literal('enum'), values: z.array(str).min(1) }),
]);
export type ColType = z.infer<typeof ColType>;

export const Default = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('now') }),               // current date and time (time: current time)
  z.object({ kind: z.literal('today') }),             // current date
  z.object({ kind: z.literal('uuid') }),              // a generated UUID
  z.object({ kind: z.literal('null') }),
  z.object({ kind: z.literal('value'), value: z.union([str, z.number(), bool]) }),
  z.object({ kind: z.literal('expr'), expr: nonEmpty }), // default(expr(…)): an expression the engines share
]);
export type Default = z.infer<typeof Default>;
