/**
 * Numbers as text: a default or a backfill keeps the digits written (bigint 9007199254740993,
 * decimal(30,28)) and is checked against the column's type — range, precision, length in characters,
 * enum values, calendar — before anything is written. A number is stored as a JSON number only when
 * that number is exactly the text; otherwise as its text, which the DDL writes unquoted.
 */
import type { ColType, Default } from '../state/model-schema.js';
import { fail } from '../base/errors.js';

export const NUMERIC_KINDS = ['key', 'smallint', 'integer', 'bigint', 'decimal', 'float'];
export const isNumericType = (t: ColType) => NUMERIC_KINDS.includes(t.kind);

const RANGE: Record<string, [bigint, bigint]> = {
  smallint: [-32768n, 32767n], integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n], key: [1n, 9223372036854775807n],
};

/** The text of a number without redundant zeros or sign: 007.50 → 7.5, -0 → 0. */
export function canonNumber(text: string): string {
  const m = /^(-?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(text.trim());
  if (!m || !/\d/.test(text)) return text.trim();
  const int = m[2] || '0';
  const frac = m[3] ?? '';
  const out = frac ? `${int}.${frac}` : int;
  return out === '0' ? '0' : `${m[1]}${out}`;
}

/** The value to store for a number written as `text`: the JSON number when it is exactly that text. */
export function numberValue(text: string): number | string {
  const c = canonNumber(text);
  const n = Number(c);
  return Number.isFinite(n) && String(n) === c ? n : c;
}

/** A number a JSON file gave: kept only when JSON kept it exactly (else written as a string, "9007199254740993"). */
export function jsonNumber(where: string, v: number): number {
  const hint = 'write the number as a string of its digits, e.g. "9007199254740993"';
  if (!Number.isFinite(v)) fail(`${where}: the number is beyond what JSON keeps (it reads as ${v}); ${hint}`);
  const sig = String(v).replace(/^-|e.*$/g, '').replace('.', '').replace(/^0+/, '').length;
  if ((Number.isInteger(v) && !Number.isSafeInteger(v)) || /e/.test(String(v)) || sig > 15) {
    fail(`${where}: ${v} may already be rounded (JSON numbers keep about 15 digits); ${hint}`);
  }
  return v;
}

/** Does an engine whose NUMERIC is a REAL past 15 digits (SQLite) keep this number exactly? A whole number
 *  within 64 bits is an INTEGER there; anything else keeps 15 significant digits. */
export function keptByFloatNumeric(text: string): boolean {
  const c = canonNumber(text);
  if (!c.includes('.') && /^-?\d+$/.test(c) && BigInt(c) <= 9223372036854775807n && BigInt(c) >= -9223372036854775808n) return true;
  return c.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length <= 15;
}

/** The number a stored numeric default or backfill stands for, as text (never through a JavaScript number). */
export const numberTextOf = (v: string | number): string => (typeof v === 'number' ? String(v) : canonNumber(v));

/** Why `text` cannot be a value of the numeric type `t` (undefined: it can). */
export function numberProblem(text: string, t: ColType, typeName: string): string | undefined {
  if (/^-?\d+(\.\d+)?[eE][-+]?\d+$/.test(text.trim())) return 'has an exponent; write the digits (every engine reads them alike)';
  if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return 'is not a number';
  const c = canonNumber(text);
  const [int, frac = ''] = c.replace('-', '').split('.');
  const range = RANGE[t.kind];
  if (range) {
    if (frac) return `has decimals; ${typeName} holds whole numbers`;
    if (BigInt(c) < range[0] || BigInt(c) > range[1]) return `is outside ${typeName} (${range[0]} to ${range[1]})`;
  }
  if (t.kind === 'decimal') {
    if (frac.length > t.scale) return `has more decimals than ${typeName} keeps (${t.scale})`;
    const whole = int.replace(/^0+/, '').length;
    if (whole > t.precision - t.scale) return `has ${whole} digits before the point; ${typeName} holds ${t.precision - t.scale}`;
  }
  if (t.kind === 'float' && !Number.isFinite(Number(c))) return `is beyond a double (${typeName})`;
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** Is `y-m-d` a day of the calendar, in the years every engine keeps (1000 to 9999)? */
export function realDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1000 && at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

/** Why the text `v` cannot be a value of `t` (undefined: it can); lengths in characters, not UTF-16 units. */
export function textProblem(v: string, t: ColType, typeName: string): string | undefined {
  const chars = Array.from(v).length;
  if ((t.kind === 'string' || t.kind === 'char') && chars > t.length) return `has ${chars} characters; ${typeName} holds ${t.length}`;
  if (t.kind === 'enum' && !t.values.includes(v)) return `is not one of ${t.values.join('|')}`;
  if (t.kind === 'date' && !realDate(v)) return "is not a day of the calendar every engine keeps (write '2024-01-31', years 1000 to 9999)";
  if (t.kind === 'time' && !TIME.test(v)) return "is not a time every engine reads (write '09:30' or '09:30:00')";
  if (t.kind === 'datetime' || t.kind === 'timestamp') {
    const [day, time] = v.split(' ');
    if (!realDate(day ?? '') || !/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(time ?? '') || v.split(' ').length !== 2) {
      return "is not a datetime every engine reads (write '2024-01-31 09:30:00', read as UTC)";
    }
  }
  if (t.kind === 'uuid' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v)) {
    return "is not a lower-case UUID like '123e4567-e89b-12d3-a456-426614174000'";
  }
  if (t.kind === 'json') { try { JSON.parse(v); } catch { return 'is not JSON'; } }
  return undefined;
}

/** Why a value (default or backfill) cannot go into a column of type `t` (undefined: it can). */
export function valueProblem(d: Default, t: ColType, typeName: string): string | undefined {
  if (d.kind !== 'value') return undefined;
  const v = d.value;
  if (typeof v === 'boolean') return t.kind === 'boolean' ? undefined : `is a boolean; ${typeName} takes another value`;
  if (isNumericType(t)) {
    if (typeof v === 'number' && !Number.isFinite(v)) return `is beyond every number type (${v})`;
    return numberProblem(numberTextOf(v), t, typeName);
  }
  if (typeof v === 'number') return `is a number; ${typeName} takes ${t.kind === 'boolean' ? 'true or false' : "'text'"}`;
  if (t.kind === 'boolean' || t.kind === 'binary') return `is text; ${typeName} takes ${t.kind === 'boolean' ? 'true or false' : 'no value but null'}`;
  return textProblem(v, t, typeName);
}
