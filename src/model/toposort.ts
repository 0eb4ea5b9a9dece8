/**
 * Creation order: parents before children. FK cycles are broken deterministically: the first table (in
 * the given order) that lies on a cycle has its edges that close a cycle deferred — only those, so a
 * table that merely points at a cycle keeps its FKs inline.
 * Each step takes the first table (in the given order) whose parents are all placed: a heap of the ready
 * tables by position and a count of each table's pending edges keep that linear in tables + FKs.
 */
export interface Edge { child: string; parent: string; fk: string }

/** The smallest position first. */
class Ready {
  private readonly h: number[] = [];
  get size() { return this.h.length; }
  push(x: number): void {
    const h = this.h;
    let i = h.push(x) - 1;
    while (i > 0 && h[(i - 1) >> 1] > x) { h[i] = h[(i - 1) >> 1]; i = (i - 1) >> 1; }
    h[i] = x;
  }
  pop(): number {
    const h = this.h;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) { // sift `last` down from the root (no destructuring: a cold run interprets this)
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const m = l + 1 < h.length && h[l + 1] < h[l] ? l + 1 : l;
        if (m >= h.length || h[m] >= last) break;
        h[i] = h[m];
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}

export function toposort(nodes: string[], edges: Edge[]): { order: string[]; deferred: Edge[] } {
  const order: string[] = [];
  const deferred: Edge[] = [];
  const gone = new Set<Edge>();
  const done = new Set<string>();
  const into = new Map<string, Edge[]>();
  const from = new Map<string, Edge[]>();
  const add = (m: Map<string, Edge[]>, k: string, e: Edge) => { const l = m.get(k); if (l) l.push(e); else m.set(k, [e]); };
  for (const e of edges) { add(into, e.child, e); add(from, e.parent, e); }
  const pending = (n: string) => (into.get(n) ?? []).filter((e) => e.parent !== n && !done.has(e.parent) && !gone.has(e));
  const at = new Map(nodes.map((n, i) => [n, i]));
  const count = nodes.map((n) => pending(n).length);
  const ready = new Ready();
  count.forEach((c, i) => { if (c === 0) ready.push(i); });
  const settle = (e: Edge) => {
    const i = at.get(e.child);
    if (i !== undefined && !done.has(e.child) && --count[i] === 0) ready.push(i);
  };
  /** Can `from` reach `to` over pending edges (child → parent)? */
  const reaches = (start: string, to: string): boolean => {
    const seen = new Set<string>();
    const walk = (n: string): boolean => n === to || (!seen.has(n) && (seen.add(n), pending(n).some((e) => walk(e.parent))));
    return walk(start);
  };
  const total = new Set(nodes).size; // a name given twice is placed once
  while (done.size < total) {
    if (ready.size) {
      const n = nodes[ready.pop()];
      if (done.has(n)) continue;
      order.push(n);
      done.add(n);
      for (const e of from.get(n) ?? []) if (e.child !== n && !gone.has(e)) settle(e);
      continue;
    }
    const left = nodes.filter((n) => !done.has(n));
    const cyclic = left.find((n) => pending(n).some((e) => reaches(e.parent, n))) ?? left[0];
    const back = pending(cyclic).filter((e) => reaches(e.parent, cyclic));
    const cut = back.length ? back : pending(cyclic);
    if (!cut.length) { ready.push(at.get(cyclic)!); continue; } // nothing holds it back any more: place it
    for (const e of cut) { deferred.push(e); gone.add(e); settle(e); }
  }
  return { order, deferred };
}
