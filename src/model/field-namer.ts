/** Which field of an entity a column holds, as the designs say it: for db-change's rename questions. */
import type { Schema } from '../state/physical-schema.js';
import type { Model } from '../state/model-schema.js';

/** The field of `entity` stored in `column` (its `column(…)` name, else its own), or the column itself (an FK of a
 *  relation): a lookup built once per design and entity (a change on 1,000 entities asks it for every column). */
export function fieldNamer(m: Model | undefined, s: Schema): (entity: string, column: string) => string {
  if (!m) return (_e, column) => column;
  const short = new Map<string, string>();
  for (const x of s.shortened) if (x.kind === 'column' && !short.has(x.full)) short.set(x.full, x.short);
  const entities = new Map<string, Model['entities'][number]>();
  for (const e of m.entities) if (!entities.has(e.name)) entities.set(e.name, e);
  const byEntity = new Map<string, Map<string, string>>();
  return (entity, column) => {
    let cols = byEntity.get(entity);
    if (!cols) {
      cols = new Map();
      for (const f of entities.get(entity)?.fields ?? []) {
        const c = f.column ?? short.get(f.name) ?? f.name;
        if (!cols.has(c)) cols.set(c, f.name);
      }
      byEntity.set(entity, cols);
    }
    return cols.get(column) ?? column;
  };
}
