/** What of a catalog the design may say for the ORM chosen: all of it, but where the ORM's tool makes the migrations. */
import type { Catalog } from '../catalog/types.js';
import type { ORM } from '../state/answers-schema.js';
import { handoff } from '../render/catalogue.js';

/** The catalog the entity text is drafted from: without column collations when the ORM's tool makes the migrations
 *  from its own schema (prisma migrate: no collation, core/handoff-said.ts), so the residue keeps them, as it did
 *  before the language had collate(…). */
export function saidFor(c: Catalog, orm: ORM): Catalog {
  if (!handoff(orm)) return c;
  return { ...c, tables: c.tables.map((t) => ({ ...t, columns: t.columns.map(({ collation: _, ...col }) => col) })) };
}
