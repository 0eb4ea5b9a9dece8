/** Matching two lists of catalog objects by key: what is only on one side, what differs under the same key. */

export interface CatalogDifference {
  /** The object, named so a reader finds it: `column film.title`, `index film (title)`, `view sales`. */
  object: string;
  /** `only in a`, `only in b`, or `a: … / b: …` */
  detail: string;
}

export const squash = (s: string | undefined | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface Side<T> { key(x: T): string; label(x: T): string; body(x: T): Record<string, unknown> }

/** Compare two lists: each key once; a field that differs is one difference naming the field. */
export function compareLists<T>(kind: string, a: T[], b: T[], side: Side<T>, out: CatalogDifference[]): void {
  const am = new Map(a.map((x) => [side.key(x), x]));
  const bm = new Map(b.map((x) => [side.key(x), x]));
  for (const [k, x] of am) {
    const y = bm.get(k);
    if (!y) {
      out.push({ object: `${kind} ${side.label(x)}`, detail: 'only in a' });
      continue;
    }
    const [xb, yb] = [side.body(x), side.body(y)];
    for (const f of new Set([...Object.keys(xb), ...Object.keys(yb)])) {
      const [u, v] = [JSON.stringify(xb[f] ?? null), JSON.stringify(yb[f] ?? null)];
      if (u !== v) out.push({ object: `${kind} ${side.label(x)}`, detail: `${f}: a ${u} / b ${v}` });
    }
  }
  for (const [k, y] of bm) if (!am.has(k)) out.push({ object: `${kind} ${side.label(y)}`, detail: 'only in b' });
}
