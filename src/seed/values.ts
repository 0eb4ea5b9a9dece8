/**
 * One cell's value: credentials never; times from the row's phases (time.ts); then the column's meaning
 * (patterns.ts, first match of name and type); else a plain value of its type.
 */
import type { Faker } from '@faker-js/faker';
import type { Cell, Val } from './types.js';
import { NOT_A_SECRET, SECRET, pad } from './meaning.js';
import { fakerFor } from './rng.js';
import { fitted, patternFor } from './patterns.js';
import { plainText } from './patterns-text.js';
import { dateFor, instantFor } from './values-num.js';

/** `attempt` > 0 redraws (a unique column that collided, a check that failed); enums then take the next value. */
export function valueFor(c: Cell, attempt = 0): Val {
  if (SECRET.test(c.column.name)) return c.column.nullable ? null : NOT_A_SECRET;
  if (c.column.type.kind === 'key') return c.id;
  const ty = c.column.type;
  // inet / cidr: documentation addresses (RFC 3849), one per row; text[]: an array literal of two words
  if (ty.kind === 'string' && ty.net) return `2001:db8::${attempt.toString(16)}:${(c.id % 65536).toString(16)}${ty.net === 'cidr' ? '/128' : ''}`;
  if (ty.kind === 'text' && ty.array) return `{${['red', 'green', 'blue', 'gold'][c.id % 4]},${['tea', 'oak', 'sun'][(c.id + attempt) % 3]}}`;
  const t = c.times?.get(c.column.name);
  if (t !== undefined && !attempt) return t;
  const f = fakerFor(attempt ? `${c.key}~${attempt}` : c.key);
  const cell = attempt && c.column.type.kind === 'enum' ? { ...c, index: c.index + attempt } : c;
  const p = patternFor(cell);
  const v = p ? fitted(p.gen(cell, f), cell) : undefined;
  return v !== undefined ? v : plainValue(cell, f);
}

/** A value from the bare type: the fallback when no pattern names the column. */
export function plainValue(c: Cell, f: Faker): Val {
  const t = c.column.type;
  switch (t.kind) {
    case 'string': case 'text': case 'char': return fitted(plainText(c, f), c)!;
    case 'integer': case 'bigint': return f.number.int({ min: 1, max: 1000 });
    case 'smallint': return f.number.int({ min: 1, max: 1000 });
    case 'float': return f.number.float({ min: 0, max: 1000, fractionDigits: 2 });
    case 'time': return `${pad(f.number.int({ min: 7, max: 20 }), 2)}:${pad(f.number.int({ min: 0, max: 59 }), 2)}:00`;
    case 'binary': return { bin: f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }) };
    case 'key': return c.id;
    case 'decimal': return fitted(f.number.float({ min: 0, max: 1000, fractionDigits: t.scale }), c)!;
    case 'boolean': return f.datatype.boolean();
    case 'date': return dateFor(c, f);
    case 'datetime': case 'timestamp': return instantFor(f);
    case 'uuid': return f.string.uuid();
    case 'json': return JSON.stringify({ seed: c.table.name, id: c.id });
    case 'enum': return t.values[c.index % t.values.length];
  }
}
