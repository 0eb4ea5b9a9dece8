/** Load and validate db/design.json (one clear line on any problem); serialise it for an atomic write. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Design } from './design-schema.js';
import { Entity, Relation, type Model } from './model-schema.js';
import { Table, type Schema } from './physical-schema.js';
import { fail } from '../base/errors.js';
import { upgradeDesign } from './upgrade.js';
import { readBounded } from '../base/spec-read.js';
import { depthLine, nestsDeeper } from '../base/depth.js';
import { guardStateText, mayHoldControl } from './state-text.js';
import { parseOrdered, walked } from './ordered.js';
import { jsonBytes } from '../base/json-bytes.js';
import type { ZodType } from 'zod';

export const STATE_PATH = 'db/design.json';
/** zod's own parse (a design the walk of ordered.ts refuses): its compiled fast path (new Function per object
 *  schema) costs more than it saves for a design parsed once (callgrind). */
const ONCE = { jitless: true } as const;

export function loadDesign(dest: string): Design | undefined {
  const file = join(dest, STATE_PATH);
  if (!existsSync(file)) return undefined;
  const text = readBounded(file, STATE_PATH, 64 * 1024 * 1024, 'a state file'); // never a pipe or device
  let raw: unknown;
  try {
    raw = JSON.parse(text); // any depth: V8's parser does not recurse
  } catch (e) {
    const deep = depthLine(text); // a nest too deep is what to say first, valid JSON or not
    if (deep) fail(`${STATE_PATH}: ${deep}; fix it or restore it from git`);
    return fail(`${STATE_PATH}: not valid JSON (${(e as Error).message.split('\n')[0]}); fix it or restore it from git`);
  }
  if (raw !== null && typeof raw === 'object' && nestsDeeper(raw)) fail(`${STATE_PATH}: ${depthLine(text)}; fix it or restore it from git`);
  if (mayHoldControl(text)) guardStateText(STATE_PATH, raw); // its text is printed: no terminal escapes, no forged lines
  const upgraded = upgradeDesign(raw);
  const fast = walked(Design, upgraded);
  if (fast) return fast;
  const parsed = Design.safeParse(upgraded, ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.length ? issue.path.join('.') : '(top level)';
    return fail(`${STATE_PATH}: invalid at ${at}: ${issue.message}; fix it or restore it from git`);
  }
  return parsed.data;
}

/** A design that has a model and its snapshot (db-schema has run): what every later generator starts from. */
export type Saved = Design & { model: Model; schema: Schema };

/** A loaded design narrowed to Saved: one line when db-schema has not made its model and snapshot yet. */
export function savedDesign(d: Design | undefined, what: string): Saved {
  if (!d?.model || !d.schema || !d.answers.db) {
    return fail(`${what}: no design in ${STATE_PATH} yet; run \`npx plop db-schema\` first`);
  }
  return { ...d, model: d.model, schema: d.schema };
}

export const requireDesign = (dest: string, what: string): Saved => savedDesign(loadDesign(dest), what);

/** Validated and in the schema's key order, so the same design is the same bytes whoever wrote it. */
export function serialiseDesign(d: Design): string {
  return JSON.stringify(parseOrdered(Design, d), null, 2) + '\n';
}

/** The arrays that grow with the design: each element validated (and put in key order) as it is written. */
const EACH: Record<string, ZodType> = {
  'model.entities': Entity, 'model.relations': Relation, 'schema.tables': Table,
};

/**
 * serialiseDesign's bytes in chunks, never the whole text as one string (base/json-bytes.ts), nor zod's
 * whole copy of the design beside it (25 MB at 10,000 entities): the design without its big arrays is
 * parsed, then each element of those as it is written. A design serialiseDesign refuses throws as it does.
 */
export function designBytes(d: Design): Buffer[] {
  if (d.model && !d.model.entities.every((e) => e.id && e.fields.every((f) => f.id))) return [Buffer.from(serialiseDesign(d))];
  const shell = parseOrdered(Design, {
    ...d, ...(d.model && { model: { ...d.model, entities: [], relations: [] } }), ...(d.schema && { schema: { ...d.schema, tables: [] } }),
  });
  if (shell.model && d.model) Object.assign(shell.model, { entities: d.model.entities, relations: d.model.relations });
  if (shell.schema && d.schema) shell.schema.tables = d.schema.tables;
  return [...jsonBytes(shell, 3, (path, v) => (EACH[path] ? parseOrdered(EACH[path], v) : v)), Buffer.from('\n')];
}
