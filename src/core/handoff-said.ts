/** What a hand-off's tool cannot say reaches no migration: refused before anything is written. */
import type { Schema } from '../state/physical-schema.js';
import { fail } from '../cli/errors.js';

/** prisma migrate makes the migrations from prisma/schema.prisma, which has no column collation (prisma#12845). */
export function assertHandoffSays(handoff: string | undefined, schema: Schema): void {
  if (!handoff) return;
  for (const t of schema.tables) {
    const c = t.columns.find((x) => x.collation);
    if (!c) continue;
    fail(`${t.name}.${c.name}: collate(${c.collation}) would not reach the migrations (${handoff}; it has no column collation): ` +
      'use orm none, drizzle or sqlalchemy (db-scaffold writes the migrations), or leave collate(…) out and add the COLLATE ' +
      'to the migration prisma makes (prisma migrate dev --create-only)');
  }
}
