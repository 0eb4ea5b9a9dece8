/**
 * How often an optional column holds a value in the rich tier (realistic NULL rates): deleted_at rarely
 * (a soft-deleted row hides from the app), an end (returned_at, paid_at) on most rows but not all,
 * personal extras (bio, phone, avatar) on about half, everything else on three rows in four.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { Phase } from './time.js';

const RATES: [RegExp | Phase, number][] = [
  ['deleted', 0.06],
  ['end', 0.65],
  [/(bio|about|avatar|photo|image|phone|mobile|fax|website|middle_name|nickname|notes?|remarks?)/, 0.55],
  [/(description|summary|details)/, 0.85],
];

export function fillRate(_t: Table, c: Column, phase: Phase | undefined): number {
  const hit = RATES.find(([m]) => (typeof m === 'string' ? m === phase : m.test(c.name)));
  return hit ? hit[1] : 0.75;
}
