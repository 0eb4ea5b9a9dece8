/**
 * Creation order: parents before children. FK cycles are broken deterministically: the first table (in
 * the given order) that lies on a cycle has its edges that close a cycle deferred — only those, so a
 * table that merely points at a cycle keeps its FKs inline.
 */
export interface Edge { child: string; parent: string; fk: string }

export function toposort(nodes: string[], edges: Edge[]): { order: string[]; deferred: Edge[] } {
  const order: string[] = [];
  const deferred: Edge[] = [];
  const done = new Set<string>();
  const pending = (n: string) => edges.filter((e) => e.child === n && e.parent !== n && !done.has(e.parent) && !deferred.includes(e));
  /** Can `from` reach `to` over pending edges (child → parent)? */
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const walk = (n: string): boolean => n === to || (!seen.has(n) && (seen.add(n), pending(n).some((e) => walk(e.parent))));
    return walk(from);
  };
  while (order.length < nodes.length) {
    const ready = nodes.find((n) => !done.has(n) && pending(n).length === 0);
    if (ready) {
      order.push(ready);
      done.add(ready);
      continue;
    }
    const left = nodes.filter((n) => !done.has(n));
    const cyclic = left.find((n) => pending(n).some((e) => reaches(e.parent, n))) ?? left[0];
    const back = pending(cyclic).filter((e) => reaches(e.parent, cyclic));
    deferred.push(...(back.length ? back : pending(cyclic)));
  }
  return { order, deferred };
}
