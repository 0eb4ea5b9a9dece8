/** A backfill checked against its column before anything is written: type, range, precision, length, enum, calendar. */
import type { ColType, Default } from '../state/model-schema.js';
import { fail } from '../cli/errors.js';
import { typeText } from './types.js';
import { valueProblem } from './values.js';

export function checkedFill(where: string, d: Default, t: ColType): Default {
  const why = valueProblem(d, t, typeText(t));
  if (why && d.kind === 'value') {
    const shown = typeof d.value === 'string' ? `'${d.value.length > 40 ? `${d.value.slice(0, 37)}...` : d.value}'` : String(d.value);
    fail(`${where}: ${shown} ${why}`);
  }
  return d;
}
