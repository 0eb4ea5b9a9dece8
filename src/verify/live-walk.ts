/** The walk of the live catalog (live-model.ts, live-keys.ts): what it edits, and the model's entities and relations it finds. */
import type { Design } from '../state/design-schema.js';
import type { Entity, Model } from '../state/model-schema.js';
import type { Catalog, CatTable } from '../catalog/types.js';
import { defaultColumn } from '../model/relations.js';
import { fieldOf } from './live-fields.js';

/** `says(what)`: the model compiles with it (an expression the language cannot read is left, with the language's reason). */
export interface Walk { design: Design; model: Model; live: Catalog; taken: string[]; left: string[]; says(what: string): boolean }
export type Adopted = Pick<Walk, 'model' | 'taken' | 'left'>;

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

