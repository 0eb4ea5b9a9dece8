/** The command block printed after db-schema (4f), as text: the layout's status / up / down-1 commands, no Markdown. */
import type { Answers } from '../state/answers-schema.js';
import type { Design } from '../state/design-schema.js';
import { KEI_PATH, KEI_REPO, runnerLabel } from '../render/catalogue.js';
import { render } from '../render/hbs.js';
import { layoutNamed, layoutOf, urlFormatOf } from '../runners/layout.js';
import { dialectOf } from '../dialects/registry.js';

/** kei-migrate's block depends on how it is installed (`Layout.installs`: a Cargo path dependency, a binary, or later);
 *  every other layout names its own block of templates/next-steps.hbs (`Layout.next`). */
export function nextSteps(a: Pick<Answers, 'db' | 'orm' | 'runner' | 'existing'>, design?: Design): string {
  const layout = layoutNamed(layoutOf(a));
  const r = a.runner;
  const d = dialectOf(a.db);
  const kei = layout.installs;
  const url = urlFormatOf(layout, d);
  const last = design?.migrations[design.migrations.length - 1];
  return render('next-steps', {
    dialect: a.db, runnerLabel: runnerLabel(a), keiRepo: KEI_REPO, keiPath: KEI_PATH, driver: d.sqlDriver,
    ...(kei ? { cargoSnippet: r === 'cargo-path-dep', installBinary: r === 'binary', kei: r !== 'later', later: r === 'later' } : { [layout.next]: true }),
    applySetup: d.seed.shell.setup.filter((l) => !l.includes('. ./secrets/db.env')),
    urlFormat: url !== d.connection.urlFormat ? url : undefined, applyFile: d.seed.shell.migration('"$f"'), applyDown: last ? d.seed.shell.file(last.down) : '',
  });
}
