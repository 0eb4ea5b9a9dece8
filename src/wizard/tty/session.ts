/**
 * The wizard's run: which phase it is in, the step count shown on every screen, the answers kept as they
 * are given (so a cancelled run can be resumed), and Ctrl-C at any prompt: exit 130, cursor restored.
 */
import type { Spec } from '../../state/answers-schema.js';
import { bold, dim } from './style.js';

export const PHASE_NAMES = ['intake', 'entities and relations', 'DDL review', 'migrations', 'seed'] as const;

let phase = 1;
let step = 0;
let total = 0; // the screens db-schema expects to show; 0: not known (the header says only the step)
let kept = false;

/** The phase the next screens belong to (1..5); 0: a later generator's own screens (no phase in the header). */
export function inPhase(n: number): void { phase = n; }

/** The screens expected from here (db-schema counts them when it starts; a revision adds its own). */
export function expectScreens(screens: number): void { total = step + screens; }
export function grow(screens: number): void { if (total) total += screens; }

/** A new screen: its header, `Phase 2/5 — entities and relations · step 3 of 8`. */
export function nextHeader(): string {
  step += 1;
  if (total && step > total) total = step;
  return bold(phase ? `Phase ${phase}/5 — ${PHASE_NAMES[phase - 1]}` : 'Preview and confirm') + dim(` · step ${step}${total ? ` of ${total}` : ''}`);
}

export const stepCount = () => step;

/** The header printed above a prompt that draws itself (plop's inquirer). */
export const sayHeader = () => process.stdout.write(`${nextHeader()}\n`);

/** db-schema's asker keeps the answers in db/design.json as they are given (wizard/resume.ts keeping); other
 *  generators' askers keep nothing. */
export function keep(inq: { keep?: (a: Spec) => boolean } | undefined, a: Spec): void { if (inq?.keep?.(a)) kept = true; }
/** What a run that stops now leaves: nothing, or the answers for a resume. */
export const leftBehind = () => (kept ? 'nothing written but the answers so far, kept in db/design.json: run db-schema again to resume' : 'nothing written');

/** Ctrl-C: cursor back, one line, exit 130. Nothing but the kept answers was written. */
export function cancel(): never {
  process.stdout.write('\x1b[?25h\n');
  const resume = kept ? '; your answers so far are kept in db/design.json: run db-schema again to resume' : '';
  process.stdout.write(`cancelled, nothing written${resume}\n`); // the line issue 9 names, then where the answers are
  process.exit(130);
}

const isExit = (e: unknown) => e instanceof Error && (e.name === 'ExitPromptError' || e.name === 'AbortPromptError');

/** Run one custom prompt; Ctrl-C inside it cancels the run. */
export async function screen<V>(run: () => Promise<V>): Promise<V> {
  try {
    return await run();
  } catch (e) {
    if (isExit(e)) cancel();
    throw e;
  }
}

const onSigint = () => cancel();
/** plop's inquirer answers Ctrl-C by raising SIGINT on the process: cancel the same way, while asking only
 *  (the write that follows has its own signal handling, io/session.ts). */
export function armInterrupt(): void { if (!process.listeners('SIGINT').includes(onSigint)) process.on('SIGINT', onSigint); }
export function disarmInterrupt(): void { process.off('SIGINT', onSigint); }
