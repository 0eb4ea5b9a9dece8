/**
 * Unknown keys are refused at every level of a spec, not only at the top (zod strips an unknown key inside
 * a relation, so `ondelete` would be dropped silently): one line naming where, the closest known name and
 * the allowed ones. A shape lists an object's keys and the shapes of its nested objects (an array's items
 * share one shape); a record (backfill) names its own keys and is not listed.
 */
import { Relation } from '../state/model-schema.js';
import { fail } from './errors.js';
import { closest } from './help.js';

export interface Shape { keys: readonly string[]; nested?: Record<string, Shape> }

export const RELATION_SHAPE: Shape = { keys: Object.keys(Relation.shape) };

const at = (path: string, key: string | number) =>
  (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** The line for `key` unknown among `keys` (at `path`, or the top level). */
export function unknownKeyLine(where: string, path: string, key: string, keys: readonly string[]): string {
  const near = closest(key, keys.filter((k) => k !== '$schema'));
  const hint = near.length ? `; did you mean ${near.join(' or ')}?` : '';
  const list = keys.filter((k) => k !== '$schema').join(', ');
  return `${where}: ${path ? `${path}: ` : ''}unknown key '${key}'${hint} (allowed: ${list})`;
}

/** Refuse the first unknown key in `value` (an object of `shape`, or an array of them), depth first. */
export function refuseUnknownKeys(where: string, value: unknown, shape: Shape, path = ''): void {
  if (Array.isArray(value)) return value.forEach((v, i) => refuseUnknownKeys(where, v, shape, at(path, i)));
  if (!value || typeof value !== 'object') return; // not an object: the schema check says what is allowed
  for (const [k, v] of Object.entries(value)) {
    if (!shape.keys.includes(k)) fail(unknownKeyLine(where, path, k, shape.keys));
    const inner = shape.nested?.[k];
    if (inner) refuseUnknownKeys(where, v, inner, at(path, k));
  }
}
