/**
 * `"renameValues": {"Post.status": {"archived": "retired"}}`: enum values renamed in the rows. Each old value was in
 * the field's list before and is gone from it now; each new one is in the new list and was not in the old one. The
 * migration drops the CHECK, UPDATEs the rows from old to new, and adds the CHECK with the new list (the down the reverse).
 */
import type { Model } from '../state/model-schema.js';
import type { Schema } from '../state/physical-schema.js';
import type { ValueMap } from '../model/statements.js';
import { fail } from '../cli/errors.js';

const enumValues = (m: Model | undefined, pick: (f: Model['entities'][number]['fields'][number], e: string) => boolean) => {
  for (const e of m?.entities ?? []) for (const f of e.fields) if (pick(f, e.name) && f.type.kind === 'enum') return { f, values: f.type.values };
  return undefined;
};

/** The line for a rename under safety online: while old code still writes the old value, no CHECK can hold both. */
export const ONLINE_RENAME = 'renameValues: safety online has no lock-safe form for an enum value rename (replicas running the old code keep '
  + 'writing the old value); add the new value, move the rows in a data step and remove the old value later, or run it offline';

/** `Entity.field` → { old: new } of the spec, as `table.column` of the next schema; every pair checked against both lists. */
export function valueRenames(prev: Model | undefined, model: Model, next: Schema, given: Record<string, ValueMap>, online = false): Record<string, ValueMap> {
  const out: Record<string, ValueMap> = {};
  if (online && Object.keys(given).length) fail(ONLINE_RENAME);
  for (const [key, map] of Object.entries(given)) {
    const [entity, field] = key.split('.');
    const now = field ? enumValues(model, (f, e) => e === entity && f.name === field) : undefined;
    if (!now) return fail(`renameValues.${key}: no enum field ${key} in the new design (Entity.field of an enum(…) field)`);
    const before = enumValues(prev, (f) => !!now.f.id && f.id === now.f.id)?.values ?? [];
    for (const [from, to] of Object.entries(map)) {
      const where = `renameValues.${key}.${from}`;
      if (!before.includes(from)) fail(`${where}: ${from} is not a value of ${key} before the change (it has ${before.join(', ') || 'none'})`);
      if (now.values.includes(from)) fail(`${where}: ${from} is still a value of ${key}; a renamed value leaves the list`);
      if (typeof to !== 'string' || !now.values.includes(to)) fail(`${where}: ${JSON.stringify(to)} is not a value of the new ${key} (${now.values.join(', ')})`);
      if (before.includes(to)) fail(`${where}: ${to} was a value of ${key} already; renaming ${from} onto it would merge two values (say it as a data step)`);
    }
    const t = next.tables.find((x) => x.entity === entity)!;
    const col = next.shortened.find((s) => s.kind === 'column' && s.full === field)?.short ?? field;
    out[`${t.name}.${col}`] = map;
  }
  return out;
}
