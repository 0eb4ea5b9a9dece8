/** The walk of the live catalog (live-model.ts, live-keys.ts): what it edits, and the model's entities and relations it finds. */
import type { Design } from '../state/design-schema.js';
import type { Entity, Model } from '../state/model-schema.js';
import type { Catalog, CatTable } from '../catalog/types.js';
import type { ReplayWriter } from '../catalog/replay.js';
import type { Unsaid } from './live-unsaid.js';
import { defaultColumn } from '../model/relations.js';
import { fieldOf } from './live-fields.js';
import { junctionOf } from './live-junction.js';

/**
 * `says(what)`: the model compiles with it (an expression the language cannot read is left, with the language's reason);
 * `unsaid`: what is left, as the engine's `writer` writes it both ways.
 */
export interface Walk {
  design: Design; model: Model; live: Catalog; taken: string[]; left: string[]; says(what: string): boolean; writer: ReplayWriter; unsaid: Unsaid[];
}
export type Adopted = Pick<Walk, 'model' | 'taken' | 'left' | 'unsaid'>;

export const entityOf = (w: Walk, table: string): Entity | undefined => w.model.entities.find((e) => e.name ===
  (w.design.schema!.tables.find((t) => t.name === table)?.entity ?? w.model.entities.find((x) => x.table === table)?.name));
/** The relation whose FK column `col` of `e`'s table is. */
export const relationAt = (w: Walk, e: Entity, col: string) => w.model.relations.find((r) => r.kind !== 'many-to-many' && r.kind !== 'none'
  && r.to === e.name && (r.column ?? defaultColumn(r.from, r.to)) === col);

/** A column the design held as a relation's FK, now a plain field (its FK dropped by hand, or its parent); its index kept. */
export function plainField(w: Walk, e: Entity, lt: CatTable | undefined, col: string): boolean {
  const f = lt && fieldOf(lt.columns.find((c) => c.name === col)!);
  if (!f) return false;
  f.index = lt.indexes.some((i) => !i.unique && !i.where && i.columns.join() === col);
  e.fields.push(f);
  if (/_id$/.test(col)) e.plain = [...new Set([...(e.plain ?? []), col])];
  return true;
}

/** A table dropped by hand: its entity, its relations gone; a child's FK column kept as a plain field. */
export function dropTable(w: Walk, name: string): void {
  const e = entityOf(w, name);
  if (!e) {
    const m2m = junctionOf(w, name);
    if (m2m) w.model.relations = w.model.relations.filter((r) => r !== m2m);
    if (m2m) w.taken.push(`table ${name} dropped (the many-to-many ${m2m.from} ↔ ${m2m.to} with it)`);
    else if (w.design.schema!.tables.some((t) => t.name === name && t.kind === 'junction')) {
      w.left.push(`table ${name} dropped: a junction of one of several many-to-manys between the same entities `
        + '(drop it with npx plop db-change)');
    } else {
      w.left.push(`table ${name} dropped: the design's residue makes it (take it out of db/design.json's residue, or make it again by hand)`);
    }
    return;
  }
  w.model.entities = w.model.entities.filter((x) => x !== e);
  for (const r of w.model.relations.filter((x) => x.from === e.name || x.to === e.name)) {
    const child = w.model.entities.find((x) => x.name === r.to && r.to !== e.name);
    const col = r.column ?? defaultColumn(r.from, r.to);
    const lt = w.live.tables.find((t) => t.name === child?.table);
    if (child && lt?.columns.some((c) => c.name === col)) plainField(w, child, lt, col);
  }
  w.model.relations = w.model.relations.filter((x) => x.from !== e.name && x.to !== e.name);
  for (const x of w.model.entities) for (const f of x.fields) if (f.ref?.entity === e.name) delete f.ref;
  w.taken.push(`table ${name} dropped`);
}
