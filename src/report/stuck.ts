/**
 * A migration file the layout's runner cannot run: it must run outside a transaction (the dialect says why) and
 * the runner wraps every file in one with no way out (kei-migrate). Said at write time, in one line per file,
 * with what to do instead: the engine's shell command for that file, a runner that can hold it, or a split.
 */
import type { Dialect } from '../dialects/dialect.js';
import type { Layout } from '../runners/layouts.js';
import { LAYOUT_LIST } from '../runners/layouts.js';
import type { FileRecord } from '../io/files.js';

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`);

/** The report's line for the files of `paths` that `layout`'s runner would stop at (none when it can run them all). */
export function stuckNotes(d: Dialect, layout: Layout, records: FileRecord[], paths?: { up: string; down: string }): string[] {
  if (!paths || layout.outsideTx || !d.outsideTransaction) return [];
  const bodyOf = (p: string) => records.find((x) => x.path === p)?.body ?? '';
  const stuck = [...new Set([paths.up, paths.down])].filter((p) => d.outsideTransaction!(bodyOf(p)));
  const holders = LAYOUT_LIST.filter((l) => l.noTxMark);
  const [first, ...rest] = holders;
  if (!stuck.length) return [];
  const files = stuck.length === 2 ? `${stuck[0]} and its down` : stuck[0];
  return [`${layout.id} cannot apply ${files}: ${d.outsideWhy ?? 'it must run outside a transaction'}, and ${layout.id} runs `
    + `every file inside one, so there it stops at its guard and changes nothing. Instead: apply it with \`${d.seed.shell.file(stuck[0])}\` `
    + `(it frames its own transaction; then record it in ${layout.table} as ${layout.id} would), or switch to runner existing with ${first.id} `
    + `(\`${first.noTxMark}\` holds it; ${list(rest.map((l) => l.id))} have their own marks), or split the change so that table's rebuild is a `
    + 'migration of its own and the rest applies as usual.'];
}
