/** db-change's words: the migration's name, the header notes (drops, lossy changes, rebuilds, a stale seed) and the report. */
import type { Design } from '../state/design-schema.js';
import type { Dialect } from '../dialects/dialect.js';
import type { Statement } from '../model/statements.js';
import type { Diff } from '../diff/plan.js';
import { migrationLine, nextLine } from './evolve.js';
import { changeLines, designOnlyLines } from './change-lines.js';
import { mustRunOutside } from './outside.js';
import type { Schema } from '../state/physical-schema.js';

const MAX = 60;

/** MySQL commits every ALTER: what a migration that stops part-way leaves, and the repair. */
export const MYSQL_REPAIR = 'MySQL cannot roll back DDL: the rows are checked first (a failed data check changes nothing), but if this ' +
  'migration stops part-way after them, the steps before the failing one stay; the repair: undo them with the matching statements of its down, ' +
  'fix the data, then run it again.';

const tableOf = (s: Statement): string | undefined =>
  'after' in s && s.after ? s.after.name : 'table' in s ? (typeof s.table === 'string' ? s.table : s.table.name) : undefined;

/** change_posts, change_posts_and_tags, rename_tags_to_labels … within 60 characters. */
export function changeName(up: Statement[]): string {
  const rename = up.find((s) => s.kind === 'renameTable');
  if (rename && rename.kind === 'renameTable') return `rename_${rename.from}_to_${rename.to}`.slice(0, MAX).replace(/_+$/, '');
  const tables = [...new Set(up.map(tableOf).filter((t): t is string => !!t))];
  const list = tables.length <= 1 ? tables.join('') : `${tables.slice(0, -1).join('_')}_and_${tables[tables.length - 1]}`;
  return `change_${list || 'schema'}`.slice(0, MAX).replace(/_+$/, '');
}

export function changeNotes(diff: Diff, d: Dialect, seeded: boolean, prev: Schema): { up: string[]; down: string[] } {
  const f = diff.facts;
  const lost = f.destructive.map((x) => `DESTRUCTIVE: drops ${x.replace(/ \(.*\)$/, '')}; the down restores the structure, the data does not come back.`);
  const up = [
    ...lost,
    ...f.lossy.map((x) => `POSSIBLY LOSSY: ${x} (confirmed): values that do not fit stop the migration or are changed.`),
  ];
  for (const s of diff.up) {
    if (s.kind !== 'alterColumn' || s.from.collation === s.to.collation) continue;
    const [a, b] = [s.from.collation ?? 'the default', s.to.collation ?? 'the default'];
    up.push(`COLLATION: ${s.after.name}.${s.to.name} ${a} → ${b}: a key or UNIQUE over it may refuse rows the new one compares equal.`);
  }
  const rebuilds = diff.up.some((s) => ['alterColumn', 'addUnique', 'dropUnique', 'addCheck', 'dropCheck', 'addForeignKey', 'dropForeignKey'].includes(s.kind) && 'before' in s && s.before);
  if (rebuilds && d.caps.dropColumnWithFk === 'rebuild' && mustRunOutside(d, diff.up, [prev, diff.schema]).up) {
    up.push('Rebuilds tables (PRAGMA foreign_keys=OFF, copy, swap): run it outside a transaction; inside one it aborts and changes nothing.');
  }
  if (!d.transaction) up.push(MYSQL_REPAIR);
  if (seeded) up.push('db/seed.sql was made for the design before this change: regenerate it with `npx plop db-seed`.');
  const back = f.destructive.map((x) => `Brings back ${x.replace(/ \(.*\)$/, '')} without its data (rows empty; a NOT NULL column holds its default or a placeholder).`);
  return { up, down: back };
}

export interface ChangeReportInput {
  design: Design; diff: Diff; migration?: { up: string; down: string }; notes: string[]; schemaText: string;
  said?: { from: string; to: string }[]; // the renames the spec or the clicks said
}

export function changeReport(i: ChangeReportInput): string {
  const lines = ['== db-change report =='];
  const quiet = !i.diff.up.length && !i.migration && i.design.model ? designOnlyLines(i.said ?? [], i.design.model) : [];
  for (const l of [...changeLines(i.diff.up), ...quiet]) lines.push(`Change:       ${l}`);
  lines.push(migrationLine(i.design, i.migration));
  lines.push(`Schema:       db/schema.sql regenerated: ${i.design.schema?.tables.length ?? 0} tables, ${i.schemaText.split('\n').length - 1} lines`);
  for (const n of i.notes) lines.push(`Note:         ${n}`);
  lines.push(i.migration || i.design.handoff ? nextLine(i.migration, i.design) // else a rename no table or column follows
    : 'Next:         nothing to apply: the database stays as it is (the design and ORM files say the new names)');
  return lines.join('\n');
}
