/**
 * db-schema on a target that has a design already: a finished one (schema or migrations written) is said so,
 * pointing to the evolving generators; an unfinished one (answers kept by a cancelled run) is offered to
 * resume or start again. While the wizard asks, every answer is kept in db/design.json as it is given.
 */
import { Answers, type Spec } from '../state/answers-schema.js';
import { emptyDesign, type Design } from '../state/design-schema.js';
import { loadDesign, serialiseDesign, STATE_PATH } from '../state/store.js';
import { applyPlan } from '../io/apply.js';
import { withTarget } from '../io/session.js';
import { select, type Inquirer } from './io.js';
import { expectScreens, inPhase, sayHeader, stepCount } from './tty/session.js';
import { handoff } from '../render/catalogue.js';

export const isFinished = (d: Design) => !!(d.migrations.length || d.schema || d.handoff);

export function finishedMessage(d: Design): string {
  const what = d.migrations.length ? `${d.migrations.length} migration${d.migrations.length === 1 ? '' : 's'}` : 'db/schema.sql';
  return `${STATE_PATH}: this design is finished (${what} written); nothing to ask. Evolve it with ` +
    '`npx plop db-entity` (new entities), `db-field`, `db-relation` or `db-change`; to design again from scratch, ' +
    `move ${STATE_PATH} away first`;
}

/** Keep the answers so far (never over a finished design), through the one write path under the lock. */
export function keepAnswers(dest: string, a: Spec): boolean {
  return withTarget(dest, (root) => {
    const d = loadDesign(root);
    if (d && isFinished(d)) return false;
    const design: Design = { ...(d ?? emptyDesign()), answers: a, wizard: { unfinished: true, step: stepCount() } };
    applyPlan(root, [{ path: STATE_PATH, body: serialiseDesign(design) }]);
    return true;
  });
}

/** db-schema's asker: plop's inquirer, with every answer kept as it is given (not over a finished design). */
export const keeping = (inq: Inquirer, dest: string): Inquirer => ({ prompt: (q) => inq.prompt(q), keep: (a) => keepAnswers(dest, a) });

/** The screens db-schema will show for the answers still missing (the runner and the irreversible tables are
 *  not asked for an ORM that hands off to its own migration tool). */
export function screensAhead(a: Spec): number {
  const handedOff = !!(a.orm && handoff(a.orm));
  const missing = (k: keyof Spec) => (a[k] === undefined ? 1 : 0);
  const decisions = (['db', 'orm', 'scale', 'style', 'migctl'] as const).some((k) => a[k] === undefined) ? 1 : 0;
  return missing('intake') + decisions + missing('entities') + missing('relations') + missing('review') +
    (handedOff ? 0 : missing('irreversible') + missing('runner')) + missing('seed');
}

/** Nothing given, or every given answer the one the finished design was made with (a spec re-run). */
const asSaved = (d: Design, given: Spec) =>
  Object.entries(given).every(([k, v]) => JSON.stringify((d.answers as Record<string, unknown>)[k]) === JSON.stringify(v));

export type Opening = { finished: string } | { given: Spec };

/** The answers a run starts from: the saved ones (resumed) or none (started again), under the given ones. */
export async function opening(inq: Inquirer | undefined, dest: string, given: Spec): Promise<Opening> {
  const d = loadDesign(dest);
  if (d && isFinished(d) && asSaved(d, given)) return { finished: finishedMessage(d) };
  if (!inq) return { given: { ...d?.answers, ...given } };
  const saved = Object.keys(d?.answers ?? {});
  const allGiven = Object.keys(Answers.shape).every((k) => k in given || k === 'irreversible');
  if (!d || isFinished(d) || !saved.length || allGiven) {
    expectScreens(screensAhead({ ...d?.answers, ...given }));
    return { given: { ...d?.answers, ...given } };
  }
  inPhase(1);
  sayHeader();
  const pick = await select(inq, 'resume', `An unfinished design is in ${STATE_PATH} (${saved.length} answer${saved.length === 1 ? '' : 's'}: ${saved.join(', ')})`, [
    { value: 'resume', label: 'Resume where it stopped', hint: 'the saved answers are kept; only the rest is asked' },
    { value: 'again', label: 'Start again', hint: 'ask everything; the saved answers are replaced as you answer' },
  ]);
  const out = pick === 'resume' ? { ...d.answers, ...given } : given;
  expectScreens(screensAhead(out));
  return { given: out };
}
