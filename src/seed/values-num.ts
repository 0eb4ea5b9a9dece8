/** Numbers, booleans, dates and instants by meaning: counts ≥ 0, amounts with cents, dates in fixed ranges. */
import type { Faker } from '@faker-js/faker';
import type { Cell, Val } from './types.js';
import { dayAfter, daysBetween, instantAfter } from './rng.js';

/** Every date and instant lies in fixed windows (never relative to today). */
export const WINDOW = { from: '2023-01-01', to: '2025-06-30' } as const;
const DAY = 86_400;

type IntRule = [RegExp, (c: Cell, f: Faker) => number];
const INTS: IntRule[] = [
  [/(quantity|qty)/, (_c, f) => f.number.int({ min: 1, max: 5 })],
  [/(count|stock|total|^num_|_num$|seats?)/, (_c, f) => f.number.int({ min: 0, max: 50 })],
  [/year$/, (_c, f) => f.number.int({ min: 2018, max: 2025 })],
  [/^age$/, (_c, f) => f.number.int({ min: 18, max: 80 })],
  [/(position|rank|sort|order|priority|seq)/, (c) => c.index + 1],
  [/(rating|stars|score)/, (_c, f) => f.number.int({ min: 1, max: 5 })],
  [/(minutes|duration|seconds)/, (_c, f) => f.number.int({ min: 5, max: 240 })],
];

export function intFor(c: Cell, f: Faker): number {
  const rule = INTS.find(([re]) => re.test(c.column.name));
  return rule ? rule[1](c, f) : f.number.int({ min: 1, max: 1000 });
}

/** Exact decimal text with `scale` places, below 10^(precision − scale). */
export function decimalFor(c: Cell, f: Faker, precision: number, scale: number): Val {
  const n = c.column.name;
  const [min, max] = /(rate|percent|pct|ratio|discount)/.test(n) ? [0, 100]
    : /(amount|price|total|cost|fee|balance|salary|subtotal|tax|budget)/.test(n) ? [1, 500] : [0, 1000];
  const cap = 10 ** Math.max(precision - scale, 0) - 10 ** -scale;
  const top = Math.round(Math.min(max, cap) * 10 ** scale);
  if (precision <= 15 && min * 10 ** scale <= top) return { num: (f.number.int({ min: min * 10 ** scale, max: top }) / 10 ** scale).toFixed(scale) };
  return decimalText(f, precision, scale, min, max);
}

/** A decimal at its precision limit (decimal(2,2), decimal(30,28)) written digit by digit: never past its digits. */
function decimalText(f: Faker, precision: number, scale: number, min: number, max: number): Val {
  const digits = Math.max(precision - scale, 0);
  const hi = digits === 0 ? 0 : Math.min(max, 10 ** Math.min(digits, 15) - 1);
  const whole = f.number.int({ min: Math.min(min, hi), max: hi });
  const places = Math.min(scale, 6);
  const frac = String(f.number.int({ min: 0, max: 10 ** places - 1 })).padStart(places, '0').padEnd(scale, '0');
  return { num: scale ? `${whole}.${frac}` : String(whole) };
}

export function boolFor(c: Cell, f: Faker): boolean {
  const n = c.column.name;
  if (/(admin|staff|superuser|archived|deleted|banned|blocked|locked|suspended)/.test(n)) return f.datatype.boolean({ probability: 0.2 });
  if (/(active|enabled|published|verified|visible|available|confirmed|public)/.test(n)) return f.datatype.boolean({ probability: 0.8 });
  return f.datatype.boolean();
}

export function dateFor(c: Cell, f: Faker): Val {
  const n = c.column.name;
  if (/(birth|dob|born)/.test(n)) return { date: dayAfter('1950-01-01', f.number.int({ min: 0, max: daysBetween('1950-01-01', '2004-12-31') })) };
  if (/(due|deadline|expir|until|end)/.test(n)) return { date: dayAfter('2025-01-01', f.number.int({ min: 0, max: 364 })) };
  return { date: dayAfter(WINDOW.from, f.number.int({ min: 0, max: daysBetween(WINDOW.from, WINDOW.to) })) };
}

/** The row's created_at: within the first year and a half of the window, so later instants still fit. */
export function createdFor(f: Faker): string {
  return instantAfter(WINDOW.from, f.number.int({ min: 0, max: 540 * DAY }));
}

export function instantFor(c: Cell, f: Faker): Val {
  const n = c.column.name;
  const base = c.created.slice(0, 10);
  const secs = (Date.parse(`${c.created.replace(' ', 'T')}Z`) - Date.parse(`${base}T00:00:00Z`)) / 1000;
  if (n === 'created_at') return { ts: c.created };
  const after = n === 'updated_at' ? f.number.int({ min: 0, max: 30 * DAY }) : f.number.int({ min: DAY, max: 300 * DAY });
  return { ts: instantAfter(base, secs + after) };
}
