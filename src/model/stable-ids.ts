/**
 * Stable ids across a change: an entity or field that stays (same name) or is renamed keeps the id it
 * had; and the other way round, a same id under another name is a rename (the terminal click path
 * edits the model in place, so its renames are recorded by id, not by name).
 */
import type { Model } from '../state/model-schema.js';
import type { Rename } from './renames.js';

/** `next` with the ids of `prev` carried over through `renames` (old → new names) and unchanged names. */
export function carryIds(prev: Model, next: Model, renames: Rename[]): Model {
  const entityTo = (name: string) => renames.find((r) => r.from === name)?.to ?? name;
  const fieldTo = (e: string, f: string) => renames.find((r) => r.from === `${e}.${f}`)?.to.split('.')[1] ?? f;
  const entities = next.entities.map((n) => {
    const p = prev.entities.find((x) => entityTo(x.name) === n.name);
    if (!p) return n;
    const fields = n.fields.map((nf) => {
      const pf = p.fields.find((x) => fieldTo(p.name, x.name) === nf.name);
      return pf?.id ? { ...nf, id: pf.id } : nf;
    });
    return { ...n, ...(p.id ? { id: p.id } : {}), fields };
  });
  return { ...next, entities };
}

/** Renames that ids show: an entity or field whose id is kept under another name. */
export function idRenames(prev: Model, next: Model): Rename[] {
  const out: Rename[] = [];
  for (const p of prev.entities) {
    const n = p.id ? next.entities.find((x) => x.id === p.id) : undefined;
    if (!n) continue;
    if (n.name !== p.name) out.push({ from: p.name, to: n.name });
    for (const pf of p.fields) {
      const nf = pf.id ? n.fields.find((x) => x.id === pf.id) : undefined;
      if (nf && nf.name !== pf.name) out.push({ from: `${p.name}.${pf.name}`, to: `${n.name}.${nf.name}` });
    }
  }
  return out;
}
