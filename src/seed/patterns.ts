/**
 * The table of name patterns → generators: a column whose name matches a pattern (first match wins, in the
 * order below) and whose type is one the pattern fills gets its value from its meaning; any other column
 * gets a plain value of its type. Offline and deterministic: faker (en locale) re-seeded per cell.
 *
 * | group       | patterns (column names)                                                                 |
 * |-------------|------------------------------------------------------------------------------------------|
 * | people      | email (matches the row's person), first/last/full name, username, phone, job title, company |
 * | places      | street, city, postcode, country code / country, state, timezone, locale, latitude, longitude |
 * | identifiers | slug (from the row's title or name), sku, isbn (valid check digit), iban, licence, serial, code |
 * | web         | image url, url, domain (.example), ip (documentation ranges)                               |
 * | text        | bio, title, name (by what the table holds), label, description, note, comment/body          |
 * | colour      | colour (a name, or #rrggbb when short or *_hex)                                            |
 * | money       | salary, fee, balance, total, price/amount (positive, two decimals), currency (weighted)    |
 * |             | (a number pattern fills a text column of that name too: a `price` typed text reads 12.50) |
 * | quantities  | quantity, stock, seats, count, population, age, weight, height, rating, score, discount, year, |
 * |             | duration,                                                                                |
 * |             | position (the row's place)                                                               |
 * | booleans    | rare flags (is_admin, is_banned …: 8 %), usual flags (is_active, is_published …: 85 %)     |
 * | status      | every enum: a fixed weighted cycle (common values ×4, rare ones such as cancelled ×1)      |
 * | time        | *_at / *_on by phase (time.ts): created ≤ begin < end, updated last, deleted_at mostly NULL |
 */
import type { Faker } from '@faker-js/faker';
import type { Column } from '../state/physical-schema.js';
import type { Cell, Val } from './types.js';
import { PEOPLE } from './patterns-people.js';
import { TEXTS } from './patterns-text.js';
import { NUMBERS } from './patterns-num.js';
import { DATES, ENUMS } from './patterns-enum.js';

/** The families of column types a pattern can fill. */
export type Family = 'text' | 'int' | 'dec' | 'float' | 'bool' | 'enum' | 'date' | 'instant' | 'other';

export interface Pattern {
  name: string;
  group: string;
  re: RegExp;                              // tested on the column name
  on: readonly Family[];                   // the types it fills
  when?: (c: Cell) => boolean;             // an extra condition (a short column, a code suffix)
  gen: (c: Cell, f: Faker) => string | number | boolean;
  ok: (v: unknown) => boolean;             // what a value of this meaning looks like (tests check every seeded one)
}

export function familyOf(c: Column): Family {
  const k = c.type.kind;
  if (k === 'string' || k === 'text' || k === 'char') return 'text';
  if (k === 'smallint' || k === 'integer' || k === 'bigint') return 'int';
  if (k === 'decimal') return 'dec';
  if (k === 'float') return 'float';
  if (k === 'boolean') return 'bool';
  if (k === 'enum') return 'enum';
  if (k === 'date') return 'date';
  return k === 'timestamp' || k === 'datetime' ? 'instant' : 'other';
}

const code = PEOPLE.find((p) => p.name === 'code')!;
/** First match wins: the specific patterns first, the catch-all `code` last. */
export const PATTERNS: Pattern[] = [
  ...PEOPLE.filter((p) => p !== code), ...TEXTS, code, ...NUMBERS, ...DATES, ...ENUMS,
];

/** The pattern a column's name matches (whatever its type): what the column means (enums are matched by type). */
export const namedPattern = (name: string): Pattern | undefined =>
  PATTERNS.find((p) => p.group !== 'status' && p.re.test(name));

/** The pattern that fills this cell: name and type both fit. */
export function patternFor(c: Cell): Pattern | undefined {
  const fam = familyOf(c.column);
  return PATTERNS.find((p) => p.on.includes(fam) && p.re.test(c.column.name) && (!p.when || p.when(c)));
}

/** A pattern's raw value as a value of the column's type (cut to size, decimals to scale and precision). */
export function fitted(v: string | number | boolean, c: Cell): Val | undefined {
  const t = c.column.type;
  if (typeof v === 'string' && t.kind === 'date') return { date: v };
  if (typeof v === 'string') return c.maxLen && v.length > c.maxLen ? v.slice(0, c.maxLen).trimEnd() : v;
  if (typeof v === 'number' && familyOf(c.column) === 'text') {
    return fitted(Number.isInteger(v) ? String(v) : v.toFixed(2), c);
  }
  if (typeof v === 'boolean') return t.kind === 'boolean' ? v : undefined;
  if (t.kind === 'decimal') return { num: decimalText(Math.abs(v), t.precision, t.scale) };
  if (t.kind === 'float') return v;
  const n = Math.round(v);
  return t.kind === 'smallint' ? Math.min(n, 32767) : n;
}

/** A decimal's text within its precision, digit by digit (decimal(2,2), decimal(30,28)): never past its digits. */
function decimalText(v: number, precision: number, scale: number): string {
  const digits = Math.max(precision - scale, 0);
  const top = digits === 0 ? 0 : 10 ** Math.min(digits, 15) - 1;
  const text = v.toFixed(Math.min(scale, 6));
  const [whole, frac = ''] = text.split('.');
  if (Number(whole) > top) return scale ? `${top}.${'9'.repeat(scale)}` : String(top);
  return scale ? `${whole}.${frac.padEnd(scale, '0')}` : whole;
}
