/**
 * The automatic columns id, created_at, updated_at, deleted_at. Bare, they stay automatic; typed (or
 * with modifiers) they are honoured — id:uuid / id:string(n) / id:integer … is the key, created_at and
 * updated_at keep their type and modifiers, deleted_at means soft delete — or refused in one line.
 */
import type { Field } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { typeText } from './types.js';
import { NO_DEFAULT } from './modifiers-v3.js';

export const AUTO_FIELDS = ['id', 'created_at', 'updated_at', 'deleted_at'];

const KEY_TYPES = ['uuid', 'string', 'char', 'smallint', 'integer', 'bigint'];
const INT_KEYS = ['smallint', 'integer', 'bigint'];

/** The field to keep (undefined: stays automatic), after the checks. `token` is what the user wrote. */
export function autoField(f: Field, token: string, where: string): Field | undefined {
  const bare = !token.includes(':');
  const at = `${where}: ${f.name}`;
  if (f.name === 'id') {
    if (bare) return undefined;
    if (f.reason !== 'typed') fail(`${at} is the automatic key; give it a key type (id:uuid, id:string(n), id:integer …) or leave it bare`);
    if (!KEY_TYPES.includes(f.type.kind)) {
      fail(`${at}:${typeText(f.type)} cannot be a key; an id is uuid, string(n), char(n), smallint, integer or bigint (or bare: a bigint identity)`);
    }
    if (f.nullable) fail(`${at} is the primary key and cannot be optional`);
    if (f.ref || f.check) fail(`${at} is the primary key; ref() and check() belong on other fields`);
    const identity = INT_KEYS.includes(f.type.kind) && !f.default;
    const dflt = f.type.kind === 'uuid' && !f.default && !NO_DEFAULT.has(f) ? { default: { kind: 'uuid' as const } } : {};
    return { ...f, ...dflt, pk: true, unique: false, index: false, ...(identity ? { identity: true } : {}), reason: 'typed key' };
  }
  if (bare) return f.name === 'deleted_at' ? { ...f, nullable: true, default: undefined, reason: 'soft delete' } : undefined;
  if (f.pk || f.ref) fail(`${at} is an automatic timestamp; it cannot be pk or ref()`);
  const okTypes = f.name === 'created_at' ? ['timestamp', 'datetime', 'date'] : ['timestamp', 'datetime'];
  if (!okTypes.includes(f.type.kind)) {
    fail(`${at}:${typeText(f.type)} is not a point in time; ${f.name} is ${okTypes.filter((t) => t !== 'timestamp').join(' or ')} (or bare); name another column for other data`);
  }
  if (f.name === 'deleted_at') {
    if (!f.nullable) fail(`${at} marks soft deletion (NULL = live row); write ${f.name}:${typeText(f.type)}:optional`);
    if (f.default && f.default.kind !== 'null') fail(`${at} marks soft deletion; a live row has NULL, so it takes no default`);
    return { ...f, default: undefined, reason: 'soft delete (typed)' };
  }
  if (!f.default && !f.nullable && !NO_DEFAULT.has(f)) return { ...f, default: { kind: f.type.kind === 'date' ? 'today' : 'now' }, reason: `${f.reason}; ${f.name} honoured` };
  return { ...f, reason: `${f.reason}; ${f.name} honoured` };
}
