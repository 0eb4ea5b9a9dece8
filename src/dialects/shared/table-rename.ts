/**
 * A table rename's keys (engine-free): the diff renames the keys whose names follow the table (an index, a
 * unique, an FK, a CHECK) as a drop under the old name and an add under the new one, the key otherwise the
 * same. An online expand keeps their old names (a view takes the new table name) and the contract renames them.
 */
import type { Statement } from '../../model/statements.js';

export type Rename = Extract<Statement, { kind: 'renameTable' }>;
export interface Follower { kind: 'index' | 'unique' | 'fk' | 'check'; table: string; from: string; to: string; drop: Statement; add: Statement }

/** The key a drop or add is about, without its name: what must match for the pair to be a rename. */
function keyOf(s: Statement): { kind: Follower['kind']; table: string; name: string; body: string } | undefined {
  const body = (k: { name: string }) => JSON.stringify({ ...k, name: undefined });
  switch (s.kind) {
    case 'dropIndex': return { kind: 'index', table: s.before.name, name: s.index.name, body: body(s.index) };
    case 'addIndex': return { kind: 'index', table: s.after.name, name: s.index.name, body: body(s.index) };
    case 'dropUnique': return { kind: 'unique', table: s.before.name, name: s.unique.name, body: body(s.unique) };
    case 'addUnique': return { kind: 'unique', table: s.after.name, name: s.unique.name, body: body(s.unique) };
    case 'dropForeignKey': case 'addForeignKey': return { kind: 'fk', table: s.table, name: s.fk.name, body: body(s.fk) };
    case 'dropCheck': return { kind: 'check', table: s.before.name, name: s.check.name, body: body(s.check) };
    case 'addCheck': return { kind: 'check', table: s.after.name, name: s.check.name, body: body(s.check) };
    default: return undefined;
  }
}
const drops = new Set(['dropIndex', 'dropUnique', 'dropForeignKey', 'dropCheck']);

/** The keys of the renamed table `r.to` that the diff renames (dropped and added the same but for the name). */
export function followers(r: Rename, up: Statement[]): Follower[] {
  const out: Follower[] = [];
  for (const d of up.filter((s) => drops.has(s.kind))) {
    const k = keyOf(d)!;
    if (k.table !== r.to) continue;
    const add = up.find((a) => !drops.has(a.kind) && !out.some((f) => f.add === a) && (() => {
      const x = keyOf(a);
      return !!x && x.kind === k.kind && x.table === r.to && x.body === k.body && x.name !== k.name;
    })());
    if (add) out.push({ kind: k.kind, table: r.to, from: k.name, to: keyOf(add)!.name, drop: d, add });
  }
  return out;
}

/** The change is table renames alone (each with the keys that follow its name): an expand with a view takes it. */
export function loneRenames(up: Statement[]): { renames: Rename[]; keys: Follower[] } | undefined {
  const renames = up.filter((s): s is Rename => s.kind === 'renameTable');
  const keys = renames.flatMap((r) => followers(r, up));
  const taken = new Set<Statement>([...renames, ...keys.flatMap((f) => [f.drop, f.add])]);
  return renames.length && up.every((s) => taken.has(s)) ? { renames, keys } : undefined;
}

/** A statement the lone rename's contract takes (a key renamed by name): it has no piece of its own. */
export const followsRename = (s: Statement, up: Statement[]): boolean =>
  !!loneRenames(up)?.keys.some((f) => f.drop === s || f.add === s);
