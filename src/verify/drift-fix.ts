/**
 * What `--revert` and `--adopt` write for the drift, never run. Both start from the live database said as a
 * design (adopt.ts liveDesign): `--adopt` takes it into the design as a migration pair; `--revert` writes a pair
 * under db/drift/ that brings the live database back to the design — the plan from the live design to the
 * design, emitted by the dialect as every migration is (an SQLite rebuild included).
 * What the language cannot say (live-unsaid.ts) `--adopt` keeps in the design's residue and `--revert` writes both
 * ways around the plan; what neither can write is named in a comment of the file (and the finding stays).
 */
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Catalog } from '../catalog/types.js';
import type { FileRecord } from '../io/files.js';
import type { Statement } from '../model/statements.js';
import type { Replayed } from '../catalog/replay.js';
import { planDiff } from '../diff/plan.js';
import { emitStatement } from '../dialects/registry.js';
import { timestamp, now } from '../core/paths.js';
import { adoptRecords, liveDesign } from './adopt.js';
import { saidBy } from './live-unsaid.js';

export interface FixOptions { adopt: boolean; revert: boolean; clock?: Date }

const sql = (d: Dialect, xs: Statement[]) => xs.flatMap((s) => emitStatement(d, s)).map((s) => s.replace(/;?\s*$/, ';'));

/** By phase (catalog/replay.ts): drops before the plan's statements, the rest after them. */
const around = (xs: Replayed[], plan: string[]) => {
  const by = [...xs].sort((a, b) => a.phase - b.phase);
  return [...by.filter((x) => x.phase < 3).map((x) => x.sql), ...plan, ...by.filter((x) => x.phase >= 3).map((x) => x.sql)];
};

/** Up and down statements that bring the live catalog back to the design (and what cannot be written, what is not exact). */
function revertSql(d: Dialect, design: Design, live: Catalog, expected: Catalog) {
  const l = liveDesign(design, live, expected);
  const target = design.schema!;
  const back = l.unsaid.filter((u) => u.toDesign.length);
  const plan = planDiff(l.schema, target, d.caps);
  const up = around(back.flatMap((u) => u.toDesign), sql(d, plan.up));
  const down = around(back.flatMap((u) => u.toLive), sql(d, planDiff(target, l.schema, d.caps).up));
  const not = l.left.filter((x) => !saidBy(back, x)).map((x) => `${x} — write that statement by hand here`);
  // what the plan drops or narrows (a column added by hand: its values) does not come back with the down either
  const loss = [...plan.facts.destructive, ...plan.facts.lossy,
    ...back.flatMap((u) => (u.loss ? [`${u.kind} ${u.name}: ${u.loss}`] : []))];
  for (const lt of live.tables) { // a column dropped and added by hand comes last, and so does one the revert adds back
    const names = (t?: { columns: { name: string }[] }) => (t?.columns ?? []).map((c) => c.name);
    const want = names(expected.tables.find((x) => x.name === lt.name));
    const now = [...names(lt).filter((n) => want.includes(n)), ...want.filter((n) => !names(lt).includes(n))];
    const n = want.length && now.join() !== want.join() ? d.replay.columnOrder?.(lt.name, now, want) : undefined;
    if (n) loss.push(`table ${lt.name}: ${n}`);
  }
  for (const t of live.tables) {
    if (l.schema.tables.some((x) => x.name === t.name) || target.tables.some((x) => x.name === t.name)) continue;
    up.push(`DROP TABLE ${d.quote(t.name)};`); not.push(`the down does not re-create ${t.name} (added by hand; its rows are gone) — `
      + 'write its CREATE TABLE by hand in the down, or take it into the design with --adopt');
  }
  return { up, down, not, loss };
}

export function fixDrift(dest: string, design: Design, d: Dialect, live: Catalog, expected: Catalog, o: FixOptions): FileRecord[] {
  const clock = o.clock ?? now();
  if (o.adopt) return adoptRecords(dest, design, live, expected, clock);
  const r = revertSql(d, design, live, expected);
  const base = `db/drift/${timestamp(clock)}_revert_drift`;
  const head = (what: string) => [`-- db-scaffold db-verify --revert: ${what} (written, never run; apply it yourself, e.g. psql -f / mariadb / sqlite3)`,
    ...r.not.map((n) => `-- not written: ${n}`),
    ...r.loss.map((n) => `-- not exact: ${n}`), ''];
  return [
    { path: `${base}.sql`, body: [...head('brings the live database back to the design'), ...r.up, ''].join('\n'), immutable: true },
    { path: `${base}.down.sql`, body: [...head('undoes the revert (the drift again)'), ...r.down, ''].join('\n'), immutable: true },
  ];
}
