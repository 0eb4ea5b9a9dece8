/**
 * Stable ids for entities and fields (renames keep them): derived once from the name when the entity or
 * field first appears (`e_` / `f_` + 8 hex), salted if taken, then kept in db/design.json for good.
 */
import { sha256 } from '../base/checksum.js';
import type { Model } from './model-schema.js';

const hex = (s: string) => sha256(s).slice(0, 8);

function fresh(prefix: string, seed: string, taken: Set<string>): string {
  let id = `${prefix}_${hex(seed)}`;
  for (let n = 2; taken.has(id); n++) id = `${prefix}_${hex(`${seed}#${n}`)}`;
  taken.add(id);
  return id;
}

/** Fill every missing id (existing ones are never changed); returns the same model. */
export function assignIds(model: Model): Model {
  const taken = new Set<string>();
  for (const e of model.entities) {
    if (e.id) taken.add(e.id);
    for (const f of e.fields) if (f.id) taken.add(f.id);
  }
  for (const e of model.entities) {
    e.id ??= fresh('e', e.name, taken);
    for (const f of e.fields) f.id ??= fresh('f', `${e.id}.${f.name}`, taken);
  }
  return model;
}
