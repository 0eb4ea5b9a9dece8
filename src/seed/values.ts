/** One cell's value from its column: credentials never, then the type, then the name's meaning. */
import type { Cell, Val } from './types.js';
import { ALWAYS_NULL, NOT_A_SECRET, SECRET, pad } from './meaning.js';
import { fakerFor, hash } from './rng.js';
import { textFor } from './values-text.js';
import { boolFor, dateFor, decimalFor, instantFor, intFor } from './values-num.js';

/** `attempt` > 0 redraws (a unique column that collided); enums then take the next value. */
export function valueFor(c: Cell, attempt = 0): Val {
  const name = c.column.name;
  if (SECRET.test(name)) return c.column.nullable ? null : NOT_A_SECRET;
  if (ALWAYS_NULL.test(name) && c.column.nullable) return null;
  const f = fakerFor(attempt ? `${c.key}~${attempt}` : c.key);
  const t = c.column.type;
  switch (t.kind) {
    case 'string': case 'text': case 'char': return textFor(c, f);
    case 'integer': case 'bigint': return intFor(c, f);
    case 'smallint': return Math.min(intFor(c, f), 32767);
    case 'float': return f.number.float({ min: 0, max: 1000, fractionDigits: 2 });
    case 'time': return `${pad(f.number.int({ min: 7, max: 20 }), 2)}:${pad(f.number.int({ min: 0, max: 59 }), 2)}:00`;
    case 'binary': return { bin: f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }) };
    case 'key': return c.id;
    case 'decimal': return decimalFor(c, f, t.precision, t.scale);
    case 'boolean': return boolFor(c, f);
    case 'date': return dateFor(c, f);
    case 'datetime': case 'timestamp': return instantFor(c, f);
    case 'uuid': return f.string.uuid();
    case 'json': return JSON.stringify({ seed: c.table.name, id: c.id });
    case 'enum': return t.values[(c.index + attempt + hash(`${c.table.name}.${name}`)) % t.values.length];
  }
}
