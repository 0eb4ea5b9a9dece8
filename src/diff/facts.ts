/** Which type changes may not keep every value (they need a confirmation). */
import type { ColType } from '../state/model-schema.js';
import { same } from './same.js';

const WIDER: Record<string, string[]> = {
  integer: ['bigint', 'text'], bigint: ['text'], string: ['text'], enum: ['text'], uuid: ['text'],
  date: ['datetime', 'timestamp', 'text'], datetime: ['timestamp'], timestamp: ['datetime'], boolean: ['text'],
};

const show = (t: ColType) =>
  t.kind === 'string' ? `string(${t.length})` : t.kind === 'decimal' ? `decimal(${t.precision},${t.scale})`
    : t.kind === 'enum' ? `enum(${t.values.join('|')})` : t.kind;

/** Why a change from `a` to `b` may lose or reject values; undefined when every value fits. */
export function narrowing(a: ColType, b: ColType): string | undefined {
  if (same(a, b)) return undefined;
  if (a.kind === 'string' && b.kind === 'string' && b.length >= a.length) return undefined;
  if (a.kind === 'decimal' && b.kind === 'decimal' && b.scale >= a.scale && b.precision - b.scale >= a.precision - a.scale) return undefined;
  if (a.kind === 'enum' && b.kind === 'enum' && a.values.every((v) => b.values.includes(v))) return undefined;
  if (a.kind === 'enum' && b.kind === 'string' && a.values.every((v) => v.length <= b.length)) return undefined;
  if ((WIDER[a.kind] ?? []).includes(b.kind)) return undefined;
  return `${show(a)} → ${show(b)}`;
}
