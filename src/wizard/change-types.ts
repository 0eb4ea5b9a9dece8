/** db-change by clicks: a new type with its size asked (string(n), char(n), decimal(p,s)), the current type
 *  marked; the ON DELETE actions of a relation. */
import type { ColType } from '../state/model-schema.js';
import { typeChoices } from '../model/type-choices.js';
import { line, select, type Inquirer } from './io.js';

const c = (value: string, label: string, hint: string) => ({ value, label, hint });

const SIZED = [
  c('string(n)', 'string(n)', 'text up to n characters: the size is asked next'),
  c('char(n)', 'char(n)', 'exactly n characters: the size is asked next'),
  c('decimal(p,s)', 'decimal(p,s)', 'p digits, s after the point: both are asked next'),
];

export const ON_DELETE = [
  c('on:cascade', 'ON DELETE CASCADE', 'deleting the parent deletes these rows'),
  c('on:restrict', 'ON DELETE RESTRICT', 'a parent with rows here cannot be deleted'),
  c('on:set-null', 'ON DELETE SET NULL', 'deleting the parent empties the column (it becomes NULL-able)'),
];

const whole = (lo: number, hi: number) => (v: string) =>
  (/^\d+$/.test(v.trim()) && +v >= lo && +v <= hi ? true : `a whole number from ${lo} to ${hi}`);
const decimal = (v: string) => {
  const m = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(v);
  return m && +m[1] >= 1 && +m[1] <= 65 && +m[2] <= +m[1] ? true : 'precision,scale: e.g. 12,2 (precision 1–65, scale at most the precision)';
};

/** The new type as the language writes it: a listed one, or a sized one with its size typed. */
export async function askType(inq: Inquirer, current: ColType): Promise<string> {
  const listed = typeChoices(current);
  const now = listed.find((t) => t.hint.startsWith('current'))?.value;
  const t = await select(inq, 'type', 'New type (the current one is marked)', [...SIZED, ...listed], now);
  if (t === 'string(n)') return `string(${(await line(inq, 'size', 'Length of the string (1–65535)', whole(1, 65535))).trim()})`;
  if (t === 'char(n)') return `char(${(await line(inq, 'size', 'Length of the char (1–255)', whole(1, 255))).trim()})`;
  if (t === 'decimal(p,s)') return `decimal(${(await line(inq, 'size', 'Precision and scale (e.g. 12,2)', decimal)).replace(/\s/g, '')})`;
  return t;
}
