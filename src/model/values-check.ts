/** A backfill checked against its column before anything is written: type, range, precision, length, enum, calendar. */
import type { ColType, Default } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { typeText } from './types.js';
import { canonNumber, isNumericType, keptByFloatNumeric, valueProblem } from './values.js';
import type { Caps } from './caps.js';

/** What the engine cannot keep exactly (SQLite: a decimal past 15 significant digits). */
function engineProblem(d: Default, t: ColType, caps?: Caps): string | undefined {
  if (d.kind !== 'value' || t.kind !== 'decimal' || caps?.exactDecimal !== false) return undefined;
  const digits = canonNumber(String(d.value)).replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
  return keptByFloatNumeric(String(d.value)) ? undefined : `has ${digits} significant digits; ` +
    `${caps.engine ?? 'the engine'} keeps 15 in NUMERIC; use a shorter value`;
}

export function checkedFill(where: string, d: Default, t: ColType, caps?: Caps): Default {
  const why = valueProblem(d, t, typeText(t)) ?? engineProblem(d, t, caps);
  if (why && d.kind === 'value') {
    const digits = typeof d.value === 'string' && isNumericType(t) && /^-?\d+(\.\d+)?$/.test(d.value);
    const shown = typeof d.value === 'string' && !digits ? `'${d.value.length > 40 ? `${d.value.slice(0, 37)}...` : d.value}'` : String(d.value);
    fail(`${where}: ${shown} ${why}`);
  }
  return d;
}
