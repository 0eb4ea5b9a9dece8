/**
 * ordered.ts's walk of one zod object schema as one function written for its keys (the way zod 4's own JIT
 * does it): a key at a time in the schema's order, no loop over arrays of keys and walks, and a string or
 * boolean leaf (optional or not, no checks) tested in place instead of through a call. Interpreted code (the
 * design commands run without TurboFan, src/cli/v8-tier.ts) pays per bytecode: on a 1,000-entity design.json
 * this takes the walk to about half. The source is made only from the schema's own keys (JSON-quoted), never
 * from a value being walked.
 */
import { FAIL, type Def, type Schema, type Walk } from './zod-parts.js';

/** `typeof` of a leaf the function tests in place, or undefined where it calls the key's walk. */
function inlineType(s: Schema): 'string' | 'boolean' | undefined {
  const def = s._zod.def;
  if (def.coerce || def.checks?.length) return undefined;
  if (def.type === 'string' || def.type === 'boolean') return def.type;
  return def.type === 'optional' ? inlineType(def.innerType!) : undefined;
}

/** The statements for key `i`: read it, test or walk it, put it on `out` (absent: FAIL unless optional). */
function keyCode(k: string, i: number, s: Schema, optional: boolean): string {
  const key = JSON.stringify(k);
  const t = inlineType(s);
  const opt = s._zod.def.type === 'optional';
  const test = t
    ? `r = v[${key}]; if (${opt ? 'r !== undefined && ' : ''}typeof r !== '${t}') return FAIL;`
    : `r = w[${i}](v[${key}]); if (r === FAIL) return FAIL;`;
  const absent = optional ? '' : ' else return FAIL;';
  return `if (${key} in v) { ${test} out[${key}] = r; }${absent}`;
}

/**
 * The walk of an object schema whose keys are `keys`, each walked by `walks[i]` (`optional[i]`: may be absent);
 * `strict`: a key the schema does not know fails the walk.
 */
export function objectWalkOf(def: Def, keys: string[], walks: Walk[], optional: boolean[], strict: boolean): Walk {
  const body = [
    'return (v) => {',
    "if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;",
    strict ? 'for (const k in v) if (!known.has(k)) return FAIL;' : '',
    'const out = {}; let r;',
    ...keys.map((k, i) => keyCode(k, i, def.shape![k], optional[i])),
    'return out; };',
  ].join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- made from the schema's keys, not from data
  return new Function('FAIL', 'known', 'w', body)(FAIL, new Set(keys), walks) as Walk;
}
