/**
 * A junction db-import can say as a many-to-many: two NOT NULL columns, each the whole of a single-column FK to
 * an entity's single-column key (same type), the pair the primary key in column order, nothing else on it (no
 * other column, unique, check or comment). Its relation says the junction exactly: name, columns, ON DELETE,
 * no created_at, and the (to, from) index or one on `to` only where the original has it. What else differs
 * (ON UPDATE, its other indexes) the residue makes exact, as for any table.
 */
import type { CatTable } from '../catalog/types.js';
import type { OnDelete, Relation } from '../state/model-schema.js';
import type { DialectId } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';

export const ACTION: Record<string, OnDelete> = { cascade: 'cascade', 'set null': 'set-null', restrict: 'restrict', 'no action': 'no-action' };

const plainCol = (t: CatTable, n: string) => {
  const c = t.columns.find((x) => x.name === n);
  return !!c && !c.nullable && c.default === null && !c.identity && !c.generated && !c.onUpdate && c.comment === undefined;
};

const plainIndex = (t: CatTable, columns: string[]) =>
  t.indexes.some((i) => !i.unique && !i.where && !i.expression && !i.method && i.columns.join() === columns.join());

/** `entity`: the entity name of a table (entity-names.ts: distinct over the catalog). */
export function junctionRelation(t: CatTable, ents: Map<string, CatTable>, db: DialectId, entity: (table: string) => string): Relation | undefined {
  const names = t.columns.map((c) => c.name);
  const pk = t.primaryKey?.columns ?? [];
  if (names.length !== 2 || pk.join() !== names.join() || t.uniques.length || t.checks.length || t.comment !== undefined) return undefined;
  if (t.foreignKeys.length !== 2 || !names.every((n) => plainCol(t, n))) return undefined;
  const fks = names.map((n) => t.foreignKeys.find((f) => f.columns.length === 1 && f.columns[0] === n));
  const parents = fks.map((f) => (f && f.refTable !== t.name ? ents.get(f.refTable) : undefined));
  const fits = fks.every((f, i) => {
    const key = parents[i]?.primaryKey?.columns;
    const ref = parents[i]?.columns.find((c) => c.name === f?.refColumns[0]);
    return f && key?.length === 1 && key[0] === f.refColumns[0] && ACTION[f.onDelete] && ref?.type === t.columns[i].type;
  });
  if (!fits) return undefined;
  const [a, b] = fks.map((f) => entity(f!.refTable));
  const reversed = plainIndex(t, [names[1], names[0]]);
  const to = plainIndex(t, [names[1]]);
  if (dialectOf(db).caps.fkNeedsIndex && !reversed && !to) return undefined; // MySQL would make its own index for the FK on `to`
  return {
    from: a, to: b, kind: 'many-to-many', name: t.name,
    junction: {
      columns: [names[0], names[1]], onDelete: [ACTION[fks[0]!.onDelete], ACTION[fks[1]!.onDelete]], createdAt: false,
      ...(reversed ? {} : { index: to ? 'to' as const : false }),
    },
  };
}
