/**
 * `@timestamps(…)` changed on an existing table: its updated_at trigger (engines that keep updated_at with
 * one) goes before the columns it reads go, and comes after the columns it needs are added.
 */
import type { Table } from '../state/physical-schema.js';
import type { Work } from './work.js';

export function dropTrigger(w: Work, next: Table): void {
  if (!w.get(next.name)?.trigger || next.trigger) return;
  w.step(next.name, (t) => ({ ...t, trigger: undefined }), (st) => ({ kind: 'dropTrigger', ...st }));
}

export function addTrigger(w: Work, next: Table): void {
  if (w.get(next.name)?.trigger || !next.trigger) return;
  w.step(next.name, (t) => ({ ...t, trigger: next.trigger }), (st) => ({ kind: 'addTrigger', ...st }));
}
