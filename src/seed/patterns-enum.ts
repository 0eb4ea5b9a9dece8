/** Name patterns for weighted enums and dates of birth (see patterns.ts). */
import type { Pattern } from './patterns.js';
import { hash } from './rng.js';

const COMMON = new RegExp(`^(${['active', 'published', 'paid', 'done', 'completed?', 'open', 'delivered', 'shipped', 'confirmed',
  'approved', 'available', 'free', 'member', 'user', 'normal', 'medium', 'standard', 'in_stock', 'live', 'enabled', 'returned',
  'g', 'pg'].join('|')})$`, 'i');
const RARE = new RegExp(`^(${['cancel+ed', 'failed', 'refunded', 'banned', 'deleted', 'archived', 'rejected', 'suspended', 'lost',
  'damaged', 'overdue', 'blocked', 'enterprise', 'admin', 'owner', 'urgent', 'critical', 'disputed'].join('|')})$`, 'i');

/** Smooth weighted round-robin over the values: common ones ×4, rare ones ×1, others ×2 (a fixed sequence). */
export function weightedCycle(values: string[]): string[] {
  const w = values.map((v) => (COMMON.test(v) ? 4 : RARE.test(v) ? 1 : 2));
  const total = w.reduce((a, b) => a + b, 0);
  const cur = values.map(() => 0);
  const out: string[] = [];
  for (let k = 0; k < total; k++) {
    values.forEach((_, i) => { cur[i] += w[i]; });
    const best = cur.indexOf(Math.max(...cur));
    cur[best] -= total;
    out.push(values[best]);
  }
  return out;
}

export const DATES: Pattern[] = [
  { name: 'birth date', group: 'people', re: /(birth|dob|born)/, on: ['date'],
    ok: (v) => String(v) >= '1950-01-01' && String(v) <= '2004-12-31',
    gen: (_c, f) => f.date.between({ from: '1950-01-01T00:00:00Z', to: '2004-12-31T00:00:00Z' }).toISOString()
      .slice(0, 10) },
];

export const ENUMS: Pattern[] = [
  { name: 'status enum', group: 'status', re: /./, on: ['enum'], ok: (v) => typeof v === 'string',
    gen: (c) => {
      const seq = weightedCycle(c.column.type.kind === 'enum' ? c.column.type.values : []);
      return seq[(c.index + hash(`${c.table.name}.${c.column.name}`)) % seq.length];
    } },
];
