/** Does a migration's up or down, as the engine writes it, have to run outside a transaction (SQLite: a rebuild of a referenced table)? */
import type { Dialect } from '../dialects/dialect.js';
import type { Schema } from '../state/physical-schema.js';
import { planDown, type Statement } from '../model/statements.js';
import { emitStatement } from '../dialects/registry.js';

export function mustRunOutside(d: Dialect, up: Statement[], around: Schema[]): { up: boolean; down: boolean } {
  if (!d.outsideTransaction) return { up: false, down: false };
  const grouped = d.group?.(up, around) ?? up;
  const sql = (ss: Statement[]) => ss.flatMap((s) => emitStatement(d, s)).join('\n');
  return { up: d.outsideTransaction(sql(grouped)), down: d.outsideTransaction(sql(planDown(grouped, 'down', []))) };
}
