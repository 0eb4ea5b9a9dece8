/** `default(v)`: a number, true/false, 'text' ('' for a quote), a bare enum value, now, today, uuid or null — checked against the type. */
import type { ColType, Default } from '../state/model-schema.js';
import { fail } from '../base/errors.js';
import { typeText } from './types.js';
import { numberProblem, numberValue, textProblem } from './values.js';
import { parseDefaultExpr } from './default-expr.js';

const NUMERIC = ['key', 'smallint', 'integer', 'bigint', 'decimal', 'float'];
const QUOTABLE = ['string', 'char', 'text', 'enum', 'date', 'time', 'datetime', 'timestamp', 'uuid', 'json'];
const SHAPES: Record<string, [RegExp, string]> = {
  date: [/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "'2024-01-31'"],
  time: [/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "'09:30' or '09:30:00'"],
  datetime: [/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, "'2024-01-31 09:30:00'"],
  uuid: [/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "a UUID like '123e4567-e89b-12d3-a456-426614174000', or default(uuid)"],
};
const ALLOWED = "a number, true/false, 'text', a bare enum value, now, today, uuid, null or expr(…)";

/** The value inside `default(…)` for a field of type `t`. */
export function parseDefault(raw: string, t: ColType, where: string): Default {
  const v = raw.trim();
  const lower = v.toLowerCase();
  const no = (why: string): never => fail(`${where}: default(${v}) ${why} (allowed: ${ALLOWED})`);
  const type = typeText(t);
  if (lower === 'null') return { kind: 'null' };
  const expr = /^expr\s*\(([\s\S]*)\)$/i.exec(v);
  if (expr) return parseDefaultExpr(expr[1], t, where);
  if (lower === 'now') {
    if (!['datetime', 'timestamp', 'time'].includes(t.kind)) no(`needs a datetime or time column, not ${type}; a date takes default(today)`);
    return { kind: 'now' };
  }
  if (lower === 'today') return t.kind === 'date' ? { kind: 'today' } : no(`needs a date column, not ${type}`);
  if (lower === 'uuid') {
    if (t.kind === 'uuid' || ((t.kind === 'string' || t.kind === 'char') && t.length >= 36)) return { kind: 'uuid' };
    return no(`needs a uuid column (or string/char of at least 36), not ${type}`);
  }
  if (lower === 'true' || lower === 'false') {
    return t.kind === 'boolean' ? { kind: 'value', value: lower === 'true' } : no(`is a boolean; ${type} takes another default`);
  }
  if (/^[-+]?(\d|\.\d)[\d.]*([eE][-+]?\d+)?$/.test(v) || /^[-+]?(infinity|inf|nan)$/i.test(v)) { // never through a JavaScript number
    if (!NUMERIC.includes(t.kind)) no(`is a number; ${type} is not numeric`);
    const why = numberProblem(v, t, type);
    if (why) no(why);
    return { kind: 'value', value: numberValue(v) };
  }
  if (v.startsWith("'")) {
    if (!/^'([^']|'')*'$/s.test(v)) no("is not one quoted text ('' stands for a quote)");
    const text = v.slice(1, -1).replace(/''/g, "'");
    if (!QUOTABLE.includes(t.kind)) no(`is text; ${type} takes ${t.kind === 'boolean' ? 'true or false' : t.kind === 'binary' ? 'no default but null' : 'a number'}`);
    const shape = SHAPES[t.kind];
    if (shape && !shape[0].test(text)) no(`is not a ${t.kind} every engine reads (write ${shape[1]})`);
    const why = textProblem(text, t, type); // lengths in characters, the calendar, enum values, JSON
    if (why) no(why);
    return { kind: 'value', value: text };
  }
  if (t.kind === 'enum') return t.values.includes(v) ? { kind: 'value', value: v } : no(`is not one of ${t.values.join('|')}`);
  return no(v ? `is not a value ${type} takes` : 'is empty');
}
