/** Dates and instants outside the row's phases (time.ts): birth dates, unnamed dates, redraws; fixed windows. */
import type { Faker } from '@faker-js/faker';
import type { Cell, Val } from './types.js';
import { dayAfter, daysBetween, instantAfter } from './rng.js';

/** Every date and instant lies in fixed windows (never relative to today). */
export const WINDOW = { from: '2023-01-01', to: '2025-06-30' } as const;
const DAY = 86_400;

export function dateFor(c: Cell, f: Faker): Val {
  if (/(birth|dob|born)/.test(c.column.name)) return { date: dayAfter('1950-01-01', f.number.int({ min: 0, max: daysBetween('1950-01-01', '2004-12-31') })) };
  return { date: dayAfter(WINDOW.from, f.number.int({ min: 0, max: daysBetween(WINDOW.from, WINDOW.to) })) };
}

export function instantFor(f: Faker): Val {
  return { ts: instantAfter(WINDOW.from, f.number.int({ min: 0, max: daysBetween(WINDOW.from, WINDOW.to) * DAY })) };
}
