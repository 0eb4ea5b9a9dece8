/** The only place that maps a dialect id to its implementation. */
import type { Dialect, DialectId } from './dialect.js';
import { postgres } from './postgres/index.js';
import { mysql } from './mysql/index.js';
import { sqlite } from './sqlite/index.js';

const REGISTRY: Record<DialectId, Dialect> = { postgres, mysql, sqlite };

/** The engine a design gets when nothing names one, and the order the wizard's engine select lists them in. */
export const DEFAULT_DIALECT: DialectId = 'postgres';
export const ENGINE_MENU: DialectId[] = ['postgres', 'sqlite', 'mysql'];

export function dialectOf(id: DialectId): Dialect {
  const d = REGISTRY[id];
  if (!d) throw new Error(`unknown dialect '${id}'`);
  return d;
}

/** Emit one statement: the typed emitter table means a missing kind is a compile error, never ''. */
export function emitStatement(d: Dialect, s: import('../model/statements.js').Statement): string[] {
  const fn = d.emit[s.kind] as (s: unknown) => string[];
  return [...fn(s), ...((s as { remake?: string[] }).remake ?? [])]; // the residue's definition again (a down)
}
