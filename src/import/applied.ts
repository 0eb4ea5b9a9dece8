/** The printed next step: mark the baseline as applied on the database it came from, for the chosen runner. */
import type { Answers } from '../state/answers-schema.js';
import type { Migration } from '../state/design-schema.js';
import { layoutNamed, layoutOf } from '../runners/layout.js';
import { dialectOf } from '../dialects/registry.js';

type A = Pick<Answers, 'db' | 'orm' | 'runner' | 'existing'>;

/** Lines of the block: run once against the imported database, so the next `db-change` starts from it. Where the step
 *  is a tool's command, the same row in SQL follows it, for the table the tool creates on its first run. */
export function markApplied(a: A, m: Migration | undefined, upBody: string | undefined): string[] {
  const layout = layoutNamed(layoutOf(a));
  const shell = dialectOf(a.db).seed.shell;
  const sql = (...lines: string[]) => [shell.heredoc, ...lines.map((l) => `  ${l}`), 'SQL'];
  const v = m?.version ?? '';
  const name = m?.name ?? '';
  if (a.runner === 'later') return [`# runner undecided: when you choose one, mark ${v} applied on this database before its first run`];
  return layout.markApplied({ v, name, upBody, shell, driver: dialectOf(a.db).sqlDriver, sql });
}

/** Two-space indent, except a heredoc's terminator, which must start its line. */
const indent = (lines: string[]) => lines.map((l) => (l === 'SQL' ? l : `  ${l}`));

export function importSteps(a: A, m: Migration | undefined, upBody: string | undefined, residue: boolean): string {
  const shell = dialectOf(a.db).seed.shell;
  return [
    'Next steps (imported database):',
    '  # the database URL comes from secrets/db.env (git-ignored, names only in git)',
    ...indent(shell.setup),
    `  # the database it came from has the baseline${m ? ` ${m.version}` : ''} already: mark it applied there, once`,
    ...indent(markApplied(a, m, upBody)),
    ...(residue ? ['  # a fresh database: apply the migrations, then what the language cannot say yet',
      `  ${shell.file('db/residue.sql')}`] : []),
    '  # then evolve it: npx plop db-change',
  ].join('\n');
}
