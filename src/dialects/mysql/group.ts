/**
 * MySQL and MariaDB run DDL outside transactions: a CHECK dropped, then a new one that the rows break,
 * leaves the table with no guard at all (an enum value in use removed: the CHECK goes, the new one fails,
 * anything is accepted afterwards). A CHECK replaced on one table (dropped and added again under its name,
 * with only column changes between) runs as ONE ALTER TABLE, which either completes or changes nothing:
 * the new CHECK is validated against the rows before the old one is gone.
 */
import type { Statement } from '../../model/statements.js';
import type { Table } from '../../state/physical-schema.js';
import * as ddl from '../shared/ddl.js';
import { alterTable } from '../shared/alter.js';

const q = ddl.quoteWith('`');

const tableOf = (s: Statement): string | undefined => {
  const x = s as { after?: Table; table?: Table | string };
  return x.after?.name ?? (typeof x.table === 'string' ? x.table : x.table?.name);
};

/** Drop and re-add of one CHECK (plus the column changes of its table between them) → one rebuildTable step. */
export function groupCheckSwaps(up: Statement[]): Statement[] {
  const out: (Statement | undefined)[] = [...up];
  up.forEach((d, i) => {
    if (d.kind !== 'dropCheck') return;
    const t = d.after.name;
    const j = up.findIndex((s, k) => k > i && s.kind === 'addCheck' && s.after.name === t && s.check.name === d.check.name);
    if (j < 0) return;
    const between = up.slice(i + 1, j).map((s, k) => [s, i + 1 + k] as const).filter(([s]) => tableOf(s) === t);
    // a fill or a value rename (rows written between), the residue's definition given up or made again
    if (between.some(([s]) => s.kind !== 'alterColumn' || s.backfill || s.restore || s.values || s.yields || s.carries || s.remake)) return;
    const add = up[j] as Extract<Statement, { kind: 'addCheck' }>;
    out[i] = undefined;
    for (const [, k] of between) out[k] = undefined;
    out[j] = { kind: 'rebuildTable', before: d.before, after: add.after, why: [`replace ${d.check.name}`] };
  });
  return out.filter((s): s is Statement => !!s);
}

type Colon = (c: Table['columns'][number], t: Table) => string;
type D = Parameters<typeof ddl.checkSql>[0] & Parameters<typeof alterTable>[0];

/** The one ALTER TABLE: checks that go or change dropped, columns retyped, the new checks added. */
export function swapSql(d: D, before: Table, after: Table, colDef: Colon): string[] {
  const sql = (c: Table['checks'][number], t: Table) => ddl.checkSql(d, c, t);
  type C = Table['checks'][number];
  const same = (b: C, a: C) => b.name === a.name && sql(b, before) === sql(a, after); // b from before, a from after
  const drops = before.checks.filter((c) => !after.checks.some((a) => same(c, a))).map((c) => `DROP CONSTRAINT ${q(c.name)}`);
  const mods = after.columns.filter((c) => before.columns.some((b) => b.name === c.name && colDef(b, before) !== colDef(c, after)))
    .map((c) => `MODIFY COLUMN ${colDef(c, after)}`);
  const adds = after.checks.filter((c) => !before.checks.some((b) => same(b, c))).map((c) => `ADD CONSTRAINT ${q(c.name)} ${sql(c, after)}`);
  return [alterTable(d, after.name, [...drops, ...mods, ...adds])];
}
