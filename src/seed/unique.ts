/** UNIQUE columns: every value taken once per table across the whole file (all fixture groups combined). */
import type { Table } from '../state/physical-schema.js';
import type { Cell, Val } from './types.js';
import { fail } from '../cli/errors.js';
import { PartialBook } from './partial.js';

/** Single-column UNIQUE constraints and unique indexes of a table. */
export function uniqueColumns(t: Table): Set<string> {
  const one = [...t.uniques, ...t.indexes.filter((i) => i.unique)].filter((u) => u.columns.length === 1);
  return new Set(one.map((u) => u.columns[0]));
}

/** How MySQL's *_ci collations and trailing-space padding compare strings: compare the same way. */
function norm(v: Val): string {
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trimEnd();
}

const MAX_REDRAWS = 4;

export class UniqueBook {
  private seen = new Map<string, Set<string>>();
  /** The partial uniques' keys taken so far (issue 16). */
  readonly partial = new PartialBook();

  /** A value for `c` not yet taken in its table: the first draw, a few redraws, then a suffixed first draw. */
  take(c: Cell, unique: boolean, draw: (attempt: number) => Val): Val {
    const first = draw(0);
    if (!unique || first === null) return first;
    const key = `${c.table.name}.${c.column.name}`;
    let set = this.seen.get(key);
    if (!set) this.seen.set(key, (set = new Set()));
    let v: Val = first;
    for (let attempt = 1; set.has(norm(v)) && attempt <= MAX_REDRAWS; attempt++) v = draw(attempt);
    if (set.has(norm(v))) v = suffixed(first, c, set);
    set.add(norm(v));
    return v;
  }
}

/** A code of at most `max` characters not yet taken (0-9a-z, the way a case-blind collation tells them apart). */
function shortCode(c: Cell, max: number, taken: Set<string>): string {
  const room = 36 ** Math.min(max, 6);
  for (let i = 0; i < Math.min(room, 100_000); i++) {
    const code = ((c.id + i) % room).toString(36);
    if (!taken.has(norm(code))) return code;
  }
  return fail(`seed: ${c.table.name}.${c.column.name} is UNIQUE string(${max}), too short for this tier's rows; widen it or choose smoke`);
}

function suffixed(v: Val, c: Cell, taken: Set<string>): Val {
  const type = c.column.type;
  const kind = type.kind;
  if (kind === 'enum' || kind === 'boolean') { // redraws are random: take the first value still free before giving up
    const free = (type.kind === 'enum' ? type.values : [false, true]).find((x) => !taken.has(norm(x)));
    if (free !== undefined) return free;
    fail(`seed: ${c.table.name}.${c.column.name} is UNIQUE with only ${taken.size} possible values, too few for this tier's rows; drop the unique or choose smoke`);
  }
  if (typeof v === 'string') {
    const sep = /\s/.test(v) ? ' ' : '-';
    const sfx = `${sep}${c.id}`;
    const max = c.maxLen ?? Infinity;
    if (sfx.length < max) return `${v.slice(0, Math.max(0, max - sfx.length)).trimEnd()}${sfx}`;
    return shortCode(c, max, taken); // string(1): no room for a suffix
  }
  if (typeof v === 'number') {
    let n = v;
    while (taken.has(norm(n))) n += 1;
    return n;
  }
  if (v && typeof v === 'object' && 'num' in v) {
    const scale = v.num.split('.')[1]?.length ?? 0;
    let n = Number(v.num);
    while (taken.has(norm({ num: n.toFixed(scale) }))) n += 1;
    return { num: n.toFixed(scale) };
  }
  return v; // dates and instants: a repeat is left for the engine to report
}
