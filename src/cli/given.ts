/** Answers given without a terminal: a `--spec` JSON file and `--key value` bypass flags, each validated. */
import { resolve } from 'node:path';
import { Answers, type Spec } from '../state/answers-schema.js';
import type { CliArgs } from './args.js';
import { fail } from './errors.js';
import { didYouMean, semi } from './options.js';
import { guardStrings } from '../base/guard.js';
import { duplicateKey, readBounded } from './spec-read.js';
import { depthLine } from './depth.js';
import { jsonFlag } from './json-flag.js';
import { RELATION_SHAPE, refuseUnknownKeys, unknownKeyLine } from './spec-keys.js';

const KEYS = Object.keys(Answers.shape) as (keyof Answers)[];

type Shape = { options?: string[]; unwrap?: () => Shape };
const optionsOf = (key: keyof Answers) => { const s = Answers.shape[key] as unknown as Shape; return s.options ?? s.unwrap?.().options; };

export function allowed(key: keyof Answers): string {
  const s = { options: optionsOf(key) };
  return s.options ? s.options.join('|') : key === 'relations' ? '[{from, to, kind, column?, onDelete?}]' : key === 'irreversible' ? '[entity names]' : key === 'rows' ? 'a whole number' : 'text';
}

function check(where: string, key: string, value: unknown): Spec {
  if (!KEYS.includes(key as keyof Answers)) fail(unknownKeyLine(where, '', key, KEYS));
  const k = key as keyof Answers;
  if (k === 'relations') refuseUnknownKeys(where, value, RELATION_SHAPE, 'relations');
  // entities: the parser checks each name and value itself (naming the field); intake is free text
  if (k !== 'entities') guardStrings(where, { [k]: value }, () => ({ lines: k === 'intake' }));
  const r = Answers.shape[k].safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    const at = issue.path.length ? `${key}.${issue.path.join('.')}` : key;
    const hint = optionsOf(k) ? `allowed: ${allowed(k)}` : `${allowed(k)}: ${issue.message}`;
    fail(`${where}: ${at} ${JSON.stringify(value)?.slice(0, 60)} is not allowed (${hint})`);
  }
  return { [k]: r.data } as Spec;
}

export function readSpec(file: string, cwd = process.cwd()): Spec {
  let out: Spec = {};
  for (const [k, v] of Object.entries(specObject(file, cwd))) if (k !== '$schema') out = { ...out, ...check(`--spec ${file}`, k, v) };
  return out;
}

/** A `--spec` file as a JSON object (bounded read, keys given twice refused), not yet checked key by key. */
export function specObject(file: string, cwd = process.cwd()): Record<string, unknown> {
  const text = readBounded(resolve(cwd, file), `--spec ${file}`);
  const deep = depthLine(text);
  if (deep) fail(`--spec ${file}: ${deep}`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`--spec ${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`);
  }
  const dup = duplicateKey(text);
  if (dup) fail(`--spec ${file}: the key '${dup}' is given twice; keep one`);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail(`--spec ${file}: expected a JSON object of answers`);
  return raw as Record<string, unknown>;
}

// relations are JSON only; irreversible also takes names joined by commas
const asValue = (key: string, v: string): unknown => (key === 'relations' || (key === 'irreversible' && v.trim().startsWith('['))
  ? jsonFlag(key, v) : key === 'irreversible' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v);

export function givenAnswers(args: CliArgs, cwd = process.cwd()): Spec {
  let out: Spec = args.spec ? readSpec(args.spec, cwd) : {};
  for (const [k, v] of Object.entries(args.values)) {
    out = { ...out, ...check(`--${k}`, k, asValue(k, v)) };
  }
  return out;
}

/** Stop without a terminal when answers are missing: one line naming them. */
export function requireKeys(have: Spec, keys: (keyof Answers)[], interactive: boolean): (keyof Answers)[] {
  const missing = keys.filter((k) => have[k] === undefined);
  if (missing.length && !interactive) {
    fail(`missing answers: ${missing.join(', ')} (no terminal to ask; give them in --spec FILE or as -- --${missing[0]} VALUE)`);
  }
  return missing;
}
