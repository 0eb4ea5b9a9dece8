/**
 * The engine's limits (Dialect caps.limits) checked at design time, so a design the engine would refuse
 * on apply stops here with one line and the way around it: `text` for a string over the VARCHAR limit,
 * a child table for too many columns, fewer indexes, a shorter key, a default the app gives.
 */
import type { Caps, EngineLimits } from './caps.js';
import type { Column, Table } from '../state/physical-schema.js';
import { fail } from '../base/errors.js';
import { grouped } from '../base/grouped.js';
import { typeText } from './types.js';
import { canonNumber, keptByFloatNumeric } from './values.js';

const n = grouped;

export function assertWithinLimits(tables: Table[], caps: Caps): void {
  for (const t of caps.arrays ? [] : tables) {
    const c = t.columns.find((x) => x.type.kind === 'text' && x.type.array);
    const e = t.entity ?? t.name;
    if (c) {
      fail(`${e}.${c.name}: ${typeText(c.type)} is an array, which only PostgreSQL has; on ${caps.engine ?? 'this engine'} make it ` +
        `${c.name}:json (a JSON array of text), or a child entity with one row a value (${e}Value: ` +
        `${t.name.replace(/s$/, '')}_id:ref(${e}, cascade), value:text)`);
    }
  }
  const lim = caps.limits;
  if (!lim) return;
  const eng = caps.engine ?? 'the engine';
  for (const t of tables) {
    const who = t.entity ?? t.name;
    if (t.columns.length > lim.columns) {
      fail(`${who}: ${n(t.columns.length)} columns; ${eng} takes at most ${n(lim.columns)} in one table; move some ` +
        `fields into a child table (${who}Detail with a ref(${who})) or one json field`);
    }
    for (const c of t.columns) column(who, c, lim, eng, caps);
    const bytes = lim.columnBytes;
    if (!bytes) continue;
    const row = t.columns.reduce((s, c) => s + bytes(c, t), Math.ceil(t.columns.filter((c) => c.nullable).length / 8));
    if (lim.rowBytes && row > lim.rowBytes) {
      fail(`${who}: a row can take ${n(row)} bytes; ${eng} refuses rows over ${n(lim.rowBytes)} (4 bytes a character); ` +
        `make the longest string(…) fields text, or move some into a child table`);
    }
    const keys = t.uniques.length + t.indexes.length;
    if (lim.keysPerTable && keys > lim.keysPerTable) {
      fail(`${who}: ${keys} indexes and uniques; ${eng} takes at most ${lim.keysPerTable} a table; drop some :index, or ` +
        `combine them in @index(a, b)`);
    }
    for (const k of [t.primaryKey, ...t.uniques]) {
      const size = k.columns.reduce((s, name) => s + bytes(t.columns.find((c) => c.name === name)!, t), 0);
      if (lim.keyBytes && size > lim.keyBytes) {
        fail(`${who}: key ${k.name} (${k.columns.join(', ')}) can be ${n(size)} bytes; ${eng} keys hold at most ` +
          `${n(lim.keyBytes)} (string(${Math.floor(lim.keyBytes / 4)}) in utf8mb4); shorten the field, or make it not unique`);
      }
    }
  }
}

function column(who: string, c: Column, lim: EngineLimits, eng: string, caps: Caps): void {
  const at = `${who}.${c.name}`;
  const ty = c.type;
  if (ty.kind === 'string' && ty.length > lim.varchar) {
    fail(`${at}: ${typeText(ty)} is over ${eng}'s longest VARCHAR (${n(lim.varchar)} characters); use ${lim.longText}, or string(${lim.varchar})`);
  }
  const long = ty.kind === 'enum' ? ty.values.find((v) => Array.from(v).length > lim.enumValue) : undefined;
  if (long !== undefined) fail(`${at}: an enum value of ${n(Array.from(long).length)} characters; ${eng} keeps at most ` +
    `${n(lim.enumValue)}; shorten it, or use text with a check(…)`);
  const d = c.default;
  if (d?.kind !== 'value') return;
  const text = String(d.value);
  if (Buffer.byteLength(text) > lim.defaultBytes) {
    fail(`${at}: a default of ${n(Buffer.byteLength(text))} bytes; ${eng} keeps at most ${n(lim.defaultBytes)} in a ` +
      `DEFAULT; leave the value to the app, or seed it`);
  }
  if (ty.kind === 'decimal' && caps.exactDecimal === false) {
    const digits = canonNumber(text).replace(/^-/, '').replace('.', '').replace(/^0+/, '').length;
    if (!keptByFloatNumeric(text)) fail(`${at}: default(${text}) has ${digits} significant digits; ${eng} keeps 15 in ` +
      `NUMERIC; use a shorter value, or PostgreSQL or MySQL for exact decimals`);
  }
}

/** The check(expr) texts of a table within the engine's CHECK size. */
export function assertCheckSizes(tables: Table[], caps: Caps): void {
  const lim = caps.limits;
  if (!lim) return;
  for (const t of tables) {
    for (const c of t.checks) {
      const size = Buffer.byteLength(c.expr ?? (c.values ?? []).join("', '"));
      if (size > lim.checkBytes) fail(`${t.entity ?? t.name}.${c.column}: a CHECK of ${n(size)} bytes; ` +
        `${caps.engine ?? 'the engine'} keeps at most ${n(lim.checkBytes)}; split it, or use a lookup table with a ref(…)`);
    }
  }
}
