/** Which type changes may not keep every value (they need a confirmation). */
import type { ColType, Default } from '../state/model-schema.js';
import type { Column } from '../state/physical-schema.js';
import { same } from './same.js';

const WIDER: Record<string, string[]> = {
  smallint: ['integer', 'bigint', 'float', 'text'], integer: ['bigint', 'float', 'text'], bigint: ['text'], float: ['text'],
  string: ['text'], char: ['text'], enum: ['text'], uuid: ['text'], time: ['text'],
  date: ['datetime', 'timestamp', 'text'], datetime: ['timestamp'], timestamp: ['datetime'], boolean: ['text'],
};

/** What a down puts in a NOT NULL column it brings back (or tightens again) where a row holds NULL: its default, or a neutral value. */
export function placeholder(col: Column): Default | undefined {
  if (col.default) return col.default;
  const t = col.type;
  switch (t.kind) {
    case 'string': case 'char': case 'text': case 'binary': return { kind: 'value', value: '' };
    case 'enum': return { kind: 'value', value: t.values[0] };
    case 'smallint': case 'integer': case 'bigint': case 'decimal': case 'float': return { kind: 'value', value: 0 };
    case 'boolean': return { kind: 'value', value: false };
    case 'date': return { kind: 'value', value: '1970-01-01' };
    case 'time': return { kind: 'value', value: '00:00:00' };
    case 'datetime': case 'timestamp': return { kind: 'now' };
    case 'uuid': return { kind: 'value', value: '00000000-0000-0000-0000-000000000000' };
    case 'json': return { kind: 'value', value: '{}' };
    case 'key': return undefined;
  }
}

const show = (t: ColType) =>
  t.kind === 'string' || t.kind === 'char' ? `${t.kind}(${t.length})` : t.kind === 'decimal' ? `decimal(${t.precision},${t.scale})`
    : t.kind === 'enum' ? `enum(${t.values.join('|')})` : t.kind;

/** Why a change from `a` to `b` may lose or reject values; undefined when every value fits. */
export function narrowing(a: ColType, b: ColType): string | undefined {
  if (same(a, b)) return undefined;
  if ((a.kind === 'string' || a.kind === 'char') && (b.kind === 'string' || b.kind === 'char') && b.length >= a.length && (a.kind === b.kind || b.kind === 'string')) return undefined;
  if (a.kind === 'decimal' && b.kind === 'decimal' && b.scale >= a.scale && b.precision - b.scale >= a.precision - a.scale) return undefined;
  if (a.kind === 'enum' && b.kind === 'enum' && a.values.every((v) => b.values.includes(v))) return undefined;
  if (a.kind === 'enum' && b.kind === 'string' && a.values.every((v) => v.length <= b.length)) return undefined;
  if ((WIDER[a.kind] ?? []).includes(b.kind)) return undefined;
  return `${show(a)} → ${show(b)}`;
}
