/**
 * A zod schema's parse for a value that passes it, without zod's per-property machinery (a 1,000-entity
 * design.json took ~100 ms of zod on a cold run): the same output (keys in the schema's order, unknown keys
 * stripped, absent optionals left out) for the kinds of schema the design is made of, walked by a function
 * built once per schema. Anything else (a transform, a default, coercion, a record, a tuple, …) is handed to
 * zod itself for that part. On any doubt (a value the walk does not accept) the whole value goes to zod's own
 * parse, so an invalid value fails with zod's own issue and nothing is accepted that zod would refuse.
 */
import type * as z from 'zod';
import { byZod, FAIL, ONCE, withChecks, type Def, type Schema, type Walk } from './zod-parts.js';
import { objectWalkOf } from './object-walk.js';

const built = new WeakMap<Schema, Walk>();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function objectWalk(s: Schema, def: Def): Walk | undefined {
  const strict = def.catchall?._zod.def.type === 'never';
  if (def.catchall && !strict) return undefined;
  const keys = Object.keys(def.shape!).filter((k) => k !== '__proto__');
  const walks = keys.map((k) => walkOf(def.shape![k]));
  const optional = keys.map((k) => def.shape![k]._zod.optin === 'optional' && def.shape![k]._zod.def.type === 'optional');
  if (keys.some((k, i) => def.shape![k]._zod.optin !== undefined && !optional[i])) return undefined; // a default: zod's
  return objectWalkOf(def, keys, walks, optional, strict);
}

function unionWalk(def: Def): Walk {
  const walks = def.options!.map(walkOf);
  if (def.discriminator === undefined) {
    return (v) => {
      for (const w of walks) { const r = w(v); if (r !== FAIL) return r; }
      return FAIL;
    };
  }
  const by = new Map<unknown, Walk>();
  def.options!.forEach((o, i) => {
    for (const val of o._zod.def.shape?.[def.discriminator!]?._zod.def.values ?? []) if (!by.has(val)) by.set(val, walks[i]);
  });
  return (v) => (isObject(v) ? (by.get(v[def.discriminator!]) ?? (() => FAIL))(v) : FAIL);
}

function plainWalk(s: Schema): Walk | undefined {
  const def = s._zod.def;
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string': return (v) => (typeof v === 'string' ? v : FAIL);
    case 'boolean': return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'number': return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'enum': { const set = new Set(Object.values(def.entries!)); return (v) => (set.has(v) ? v : FAIL); }
    case 'literal': { const set = new Set(def.values); return (v) => (set.has(v) ? v : FAIL); }
    case 'optional': { const inner = walkOf(def.innerType!); return (v) => (v === undefined ? undefined : inner(v)); }
    case 'array': {
      const el = walkOf(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) { const r = el(v[i]); if (r === FAIL) return FAIL; out[i] = r; }
        return out;
      };
    }
    case 'object': return objectWalk(s, def);
    case 'union': return def.options!.every((o) => o._zod.optin === undefined) ? unionWalk(def) : undefined;
    default: return undefined;
  }
}

function walkOf(s: Schema): Walk {
  let w = built.get(s);
  if (!w) { // a schema that holds itself is a z.lazy: zod's part
    const plain = plainWalk(s);
    const checks = s._zod.def.checks ?? [];
    w = !plain ? byZod(s) : checks.length ? withChecks(plain, checks) : plain; // zod's own parse runs its checks
    built.set(s, w);
  }
  return w;
}

/** The walk's answer, or undefined where it does not take the value (zod's own parse says why). */
export function walked<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> | undefined {
  const out = walkOf(schema as unknown as Schema)(value);
  return out === FAIL ? undefined : (out as z.infer<T>);
}

/** `schema.parse(value)`: the walk's answer when it takes the value, else zod's own (its issue thrown). */
export function parseOrdered<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  return walked(schema, value) ?? schema.parse(value, ONCE);
}
