/**
 * One key kind of a live table matched by name against the design's (live-keys.ts says what each is in the model):
 * what only the live table has is added, what only the design has dropped, a changed one both. What the model
 * cannot take is named in `left` and kept, both ways, as an unsaid object (live-unsaid.ts).
 */
import type { CatTable } from '../catalog/types.js';
import { keyUnsaid, type Way } from './live-unsaid.js';
import type { Walk } from './live-walk.js';

interface At { w: Walk; lt: CatTable; et: CatTable }

/** `implied`: a key that comes with another (InnoDB's index for an FK): left without an object of its own. */
export function byName<T extends { name: string }>({ w, lt, et }: At, kind: string, live: T[], exp: T[], label: (x: T) => string,
  add: (x: T) => boolean, remove: (x: T) => boolean, way: Way<T>, implied?: (x: T) => boolean): void {
  const left = (msg: string, y?: T, x?: T) => {
    w.left.push(msg);
    const u = keyUnsaid(kind, `${lt.name} ${(y ?? x)!.name}`, msg, lt, et, way, y, x);
    w.unsaid.push(implied?.((y ?? x)!) ? { ...u, toLive: [], implied: true } : u);
  };
  const kept = new Set<T>(); // changed, the design's not removed: one object with the live one (dropped and made again)
  for (const x of exp) {
    const y = live.find((k) => k.name === x.name);
    if (y && JSON.stringify(y) === JSON.stringify(x)) continue;
    if (y && kind === 'check') continue; // the same CHECK with a new body: taken as one (the add below)
    const msg = `${kind} ${lt.name} ${x.name} ${label(x)} ${y ? 'changed in' : 'dropped from'} the live database`;
    if (remove(x)) w.taken.push(msg); else if (y) kept.add(x); else left(msg, undefined, x);
  }
  for (const y of live) {
    const x = exp.find((k) => k.name === y.name);
    if (x && JSON.stringify(y) === JSON.stringify(x)) continue;
    const msg = `${kind} ${lt.name} ${y.name} ${x ? `${label(x)} → ` : ''}${label(y)} ${x ? 'changed' : 'added'} in the live database`;
    // a CHECK or an FK the design keeps under the same name (or a key not removed from it): dropped before the live one is made
    if (add(y)) w.taken.push(msg); else left(msg, y, x && (kind === 'check' || kind === 'foreign key' || kept.has(x)) ? x : undefined);
    if (x && kept.delete(x) && !w.left.includes(msg)) { // the live one taken, the design's still to drop
      left(`${kind} ${lt.name} ${x.name} ${label(x)} changed in the live database`, undefined, x);
    }
  }
}
