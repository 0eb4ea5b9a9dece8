/**
 * Time that runs forward. Every `*_at` / `*_on` column has a phase from its name; on a row
 *   created ≤ begin < end,  created ≤ event,  created ≤ deleted,  and updated ≥ every other instant;
 * a child row is created after each of its parents. Birth dates and unnamed dates stay in their own windows.
 */
import type { Faker } from '@faker-js/faker';
import type { Column, Table } from '../state/physical-schema.js';
import type { Val } from './types.js';
import { familyOf } from './patterns.js';
import { dayAfter, instantAfter } from './rng.js';

export type Phase = 'created' | 'begin' | 'end' | 'event' | 'updated' | 'deleted' | 'birth' | 'free';

const HOUR = 3600;
const DAY = 86_400;
/** Root rows are created in the first 400 days from here; nothing planned reaches 2026. */
export const EPOCH = '2023-01-01';

const BEGIN = /(start|begin|borrow|issue|placed|open|book|order|publish|sent|schedul|check_?in|join|hire|enrol|sign_?up|subscri|rent|launch|submit|assign|request|accept|opened)/;
const END = /(end|due|expir|deadline|until|return|paid|complet|finish|close|ship|deliver|resolv|cancel|check_?out|termin|settle|refund|archiv|done|stop)/;

export function phaseOf(c: Column): Phase | undefined {
  const fam = familyOf(c);
  if (fam !== 'date' && fam !== 'instant') return undefined;
  const n = c.name;
  if (/^(created|inserted)_(at|on)$/.test(n)) return 'created';
  if (/^(updated|modified|changed)_(at|on)$/.test(n)) return 'updated';
  if (/^deleted_(at|on)$/.test(n)) return 'deleted';
  if (/(birth|dob|born)/.test(n)) return 'birth';
  if (END.test(n)) return 'end';
  if (BEGIN.test(n)) return 'begin';
  return /(_at|_on)$/.test(n) ? 'event' : 'free';
}

/** Pairs (earlier, later, strict) a table's rows keep, by phase (the rules above). */
export function orderedPairs(t: Table): [string, string, boolean][] {
  const by = (p: Phase) => t.columns.filter((c) => phaseOf(c) === p).map((c) => c.name);
  const out: [string, string, boolean][] = [];
  for (const c of by('created')) for (const x of [...by('begin'), ...by('end'), ...by('event'), ...by('deleted'), ...by('updated')]) out.push([c, x, false]);
  for (const b of by('begin')) for (const e of by('end')) out.push([b, e, true]);
  for (const u of by('updated')) for (const x of [...by('begin'), ...by('end'), ...by('event'), ...by('deleted')]) out.push([x, u, false]);
  return out;
}

const secs = (ts: string) => Date.parse(`${ts.replace(' ', 'T')}Z`) / 1000;
const ts = (s: number) => instantAfter('1970-01-01', s);

/** A root row's creation instant, or one after its latest parent's. */
export function createdAfter(f: Faker, parents: string[]): string {
  if (!parents.length) return instantAfter(EPOCH, f.number.int({ min: 0, max: 400 * DAY }));
  return ts(Math.max(...parents.map(secs)) + f.number.int({ min: HOUR, max: 20 * DAY }));
}

/** A date column at or after an instant: two days later, so it is after it in every session time zone. */
const asDate = (s: number, days: number) => ({ date: dayAfter(ts(s).slice(0, 10), 2 + days) });
const asVal = (c: Column, s: number): Val => (familyOf(c) === 'date' ? asDate(s, 0) : { ts: ts(s) });
/** The instant a date or timestamp value stands for (a date: the end of its day, to stay on the safe side). */
const valSecs = (v: Val) => (v && typeof v === 'object' && 'ts' in v ? secs(v.ts) : v && typeof v === 'object' && 'date' in v ? secs(`${v.date} 23:59:59`) : 0);

/**
 * Every phased column of one row; `fill(c)` says whether an optional one gets a value (deleted_at is
 * filled rarely, by its own rate in the caller). Birth dates and free dates are left to the patterns.
 */
export function rowTimes(t: Table, created: string, f: Faker, fill: (c: Column) => boolean): Map<string, Val> {
  const out = new Map<string, Val>();
  let c0 = secs(created);
  const phased = t.columns.map((c) => [c, phaseOf(c)] as const).filter(([c, p]) => p && p !== 'birth' && p !== 'free' && !c.identity);
  const take = (c: Column) => !c.nullable || fill(c);
  const each = (p: Phase, at: (c: Column) => number) => phased.filter(([, q]) => q === p)
    .forEach(([c]) => out.set(c.name, take(c) ? asVal(c, at(c)) : null));
  phased.filter(([, q]) => q === 'created').forEach(([c]) => out.set(c.name, familyOf(c) === 'date' ? { date: created.slice(0, 10) } : { ts: created }));
  c0 = Math.max(c0, ...[...out.values()].map(valSecs));
  each('begin', () => c0 + f.number.int({ min: 0, max: 7 * DAY }));
  const begun = Math.max(c0, ...[...out.values()].map(valSecs));
  each('end', () => begun + f.number.int({ min: 3 * HOUR, max: 40 * DAY }));
  each('event', () => c0 + f.number.int({ min: HOUR, max: 120 * DAY }));
  each('deleted', () => Math.max(c0, ...[...out.values()].map(valSecs)) + f.number.int({ min: DAY, max: 30 * DAY }));
  const last = Math.max(c0, ...[...out.values()].map(valSecs));
  each('updated', (c) => (familyOf(c) === 'date' ? last : last + f.number.int({ min: 0, max: 3 * DAY })));
  return out;
}
