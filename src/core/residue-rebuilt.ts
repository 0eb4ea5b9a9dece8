/**
 * SQLite's residue cannot ALTER a column: a table whose columns or constraints the language cannot say is rebuilt from
 * its original CREATE TABLE after the migrations (db-import's `table <name>: rebuilt from its original text`). Any later
 * change to that table's columns, keys or indexes would be undone by it on a fresh database (the table made again as it
 * was at the import, its rows copied), while the imported database keeps the change: so such a change stops, in one line
 * naming the table and the object, with the ways on. A dropped table takes the object along (residue-prune.ts).
 */
import type { Design, ResidueObject } from '../state/design-schema.js';
import type { Diff } from '../diff/plan.js';
import type { Statement } from '../model/statements.js';
import { fail } from '../cli/errors.js';

/** The table a statement changes in place (not one it creates or drops whole). */
function tableOf(s: Statement): string | undefined {
  if (s.kind === 'createTable' || s.kind === 'dropTable' || s.kind === 'guardIrreversible') return undefined;
  if (s.kind === 'createTriggerFunction' || s.kind === 'dropTriggerFunction') return undefined;
  if (s.kind === 'renameTable') return s.from;
  if ('after' in s && s.after) return (s.before ?? s.after).name;
  if ('table' in s) return typeof s.table === 'string' ? s.table : s.table.name;
  return undefined;
}

const REBUILT = /^rebuilt from its original text/;
const isRebuilt = (o: ResidueObject) => o.kind === 'table' && REBUILT.test(o.reason);

/** Stops at the first statement of `diff` on a table the residue rebuilds from its original text. */
export function stopAtRebuilt(design: Design, diff: Diff, what: string): void {
  const rebuilt = (design.residue ?? []).filter(isRebuilt);
  if (!rebuilt.length) return;
  for (const s of diff.up) {
    const t = tableOf(s);
    const o = t === undefined ? undefined : rebuilt.find((x) => x.name === t);
    if (!o) continue;
    fail(`${what}: this change alters table ${t}, which the residue rebuilds from its original text after the migrations `
      + `(db/residue.sql: table ${t}: ${o.reason.replace(REBUILT, '').replace(/^: /, '')}), so a fresh database would lose the change; `
      + `either leave ${t} as it is in this change, or write the change yourself as a data step ("data": {"up": "…sql"}), or first `
      + `take table ${t} out of db/design.json's "residue" (a fresh database then has the language's table; db-verify names `
      + 'what the live one keeps)');
  }
}
