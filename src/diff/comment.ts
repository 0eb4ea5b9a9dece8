/** `@doc('…')` changed, added or removed on an existing table: one statement that sets its comment (the down sets it back). */
import type { Table } from '../state/physical-schema.js';
import type { Work } from './work.js';

export function commentTable(w: Work, next: Table): void {
  const cur = w.get(next.name);
  if (!cur || (cur.doc ?? '') === (next.doc ?? '')) return;
  w.step(next.name, (t) => {
    const { doc: _, ...rest } = t;
    return next.doc ? { ...rest, doc: next.doc } : rest;
  }, (st) => ({ kind: 'commentTable', ...st }));
}
