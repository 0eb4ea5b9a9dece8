/**
 * Volume tier: the SQL expression of each column of row `n`. Times by phase from the row's creation
 * (each table's rows are created, in row order, in a window after its parents' window), unique columns
 * from the pool's value and n, every other column from one pool row picked by a hash of n.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { literal } from './render.js';
import { EPOCH, phaseOf } from './time.js';
import { fillRate } from './rates.js';
import { familyOf } from './patterns.js';
import { uniqueColumns } from './unique.js';
import { partialVolume } from './partial.js';
import { chance, fkOf, h, keyOf, type Ctx } from './volume-keys.js';

const DAY = 86_400;
const HOUR = 3600;

/** Seconds after EPOCH each depth's creation window starts, and its length. */
export function windowOf(x: Ctx, t: Table): { start: number; span: number } {
  const deepest = Math.max(0, ...x.plan.depth.values());
  const w = Math.min(100, Math.floor(850 / (deepest + 1))) * DAY;
  return { start: (x.plan.depth.get(t.name) ?? 0) * w, span: w - DAY };
}

/** Seconds after EPOCH of a phased column, or undefined (not phased). */
function phaseSecs(x: Ctx, t: Table, c: Column, n: string): string | undefined {
  const { start, span } = windowOf(x, t);
  const count = x.plan.counts.get(t.name) ?? 1;
  const created = `(${start} + ${x.d.volume.idiv(`((${n}) - 1) * ${span}`, String(count))})`;
  const r = (lo: number, hi: number) => `${created} + ${lo} + ${h(n, `${t.name}.${c.name}:t`)} % ${hi - lo}`;
  switch (phaseOf(c)) {
    case 'created': return created;
    case 'begin': return r(0, 7 * DAY);
    case 'end': return r(7 * DAY + 3 * HOUR, 47 * DAY);
    case 'event': return r(HOUR, 121 * DAY);
    case 'deleted': return r(121 * DAY, 150 * DAY);
    case 'updated': return r(151 * DAY, 154 * DAY);
    default: return undefined;
  }
}

function timeOf(x: Ctx, t: Table, c: Column, n: string, filled: boolean): string | undefined {
  const secs = phaseSecs(x, t, c, n);
  if (!secs) return undefined;
  const v = x.d.volume;
  const at = v.instant(`${EPOCH} 00:00:00`, secs);
  const val = v.typed(familyOf(c) === 'date' ? v.dateOf(at, phaseOf(c) === 'created' ? '0' : '2') : at, c, t);
  if (!c.nullable || filled) return val;
  return `CASE WHEN ${chance(n, `${t.name}.${c.name}:set`, fillRate(t, c, phaseOf(c)))} THEN ${val} END`;
}

/** The pool row `r`'s value (one literal when the pool has one value). */
function pooled(x: Ctx, t: Table, c: Column, r: string, vals: Val[], raw = false): string {
  const sql = vals.map((v) => literal(x.d, x.d.seed, v));
  const typed = (s: string) => (raw ? s : x.d.volume.typed(s, c, t));
  if (new Set(sql).size <= 1) return sql[0] === 'NULL' || sql[0] === undefined ? 'NULL' : typed(sql[0]);
  return typed(x.d.volume.pick(r, sql));
}

/** A unique column: the pool's value with its trailing number replaced by n (e-mails keep their domain). */
function uniqueOf(x: Ctx, t: Table, c: Column, n: string, r: string, vals: Val[]): string {
  const v = x.d.volume;
  const fam = familyOf(c);
  const count = x.plan.counts.get(t.name) ?? 1;
  if (fam === 'int' || fam === 'dec' || fam === 'float') return v.typed(`(${n})`, c, t);
  if (fam === 'enum' && c.type.kind === 'enum') return pooled(x, t, c, `((${n}) - 1)`, c.type.values);
  if (fam === 'bool') return `((${n}) = 2)`;
  if (c.type.kind === 'string' && c.type.net) { // an address per row: decimal digits are hex digits, 4 to a group
    const g = (div: number) => `(${v.idiv(`(${n})`, String(div))} % 10000)`; // parenthesised: SQLite's || binds before %
    return v.typed(v.concat([`'2001:db8::'`, g(100_000_000), `':'`, g(10_000), `':'`, `((${n}) % 10000)`, `'${c.type.net === 'cidr' ? '/128' : ''}'`]), c, t);
  }
  if (fam !== 'text') return pooled(x, t, c, r, vals);
  const max = c.type.kind === 'string' || c.type.kind === 'char' ? c.type.length : 255;
  const digits = String(count).length;
  const parts = vals.map((val) => {
    const s = String(val ?? '');
    const at = s.indexOf('@');
    const tail = at >= 0 ? s.slice(at) : '';
    let head = (at >= 0 ? s.slice(0, at) : s).replace(/\d+$/, '');
    if (!tail && head && !/[-_. ]$/.test(head)) head += /\s/.test(head) ? ' ' : '-';
    return [head.slice(0, Math.max(0, max - digits - tail.length)), tail.length + digits <= max ? tail : ''];
  });
  return v.typed(v.concat([pooled(x, t, c, r, parts.map((p) => p[0]), true), `${n}`, pooled(x, t, c, r, parts.map((p) => p[1]), true)]), c, t);
}

/** Every column of row `n` of `t` as SQL, in column order. */
export function rowExprs(x: Ctx, t: Table, n: string, fixed: Map<string, string>): string[] {
  const pool = x.plan.pools.get(t.name);
  const r = `(${h(n, `${t.name}:pool`)} % ${pool?.rows.length || 1})`;
  const partial = partialVolume(t);
  const unique = new Set([...uniqueColumns(t), ...partial.unique]);
  return t.columns.map((c) => {
    const given = fixed.get(c.name);
    if (given) return given;
    if (c.identity || t.primaryKey.columns.length === 1 && t.primaryKey.columns[0] === c.name && t.kind === 'entity') return keyOf(x, t, n);
    const fk = fkOf(x, t, c, n);
    if (fk) return fk;
    const filled = partial.filled.includes(c.name);
    const time = timeOf(x, t, c, n, filled);
    if (time) return time;
    const all = pool ? pool.rows.map((row) => row[pool.columns.indexOf(c.name)]) : [null];
    const vals = filled && all.some((v) => v !== null) ? all.filter((v) => v !== null) : all;
    return unique.has(c.name) ? uniqueOf(x, t, c, n, r, vals) : pooled(x, t, c, r, vals);
  });
}
