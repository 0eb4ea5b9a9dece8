/** A default or backfill value as SQL: numbers by their digits (never through a JavaScript number), a
 *  zone-less datetime pinned to UTC where the engine would read it in the client's zone, the rest a literal. */
import type { Dialect } from '../dialect.js';
import type { Column } from '../../state/physical-schema.js';
import { canonNumber, isNumericType } from '../../model/values.js';

type D = Pick<Dialect, 'literal' | 'utcDatetime'>;

export function valueLiteral(d: D, col: Column, v: string | number | boolean): string {
  if (typeof v === 'string' && isNumericType(col.type) && /^-?\d+(\.\d+)?$/.test(v.trim())) return canonNumber(v);
  const lit = d.literal(v);
  return typeof v === 'string' && d.utcDatetime && ['datetime', 'timestamp'].includes(col.type.kind) ? d.utcDatetime(lit) : lit;
}
