/**
 * The wizard's run: which phase it is in, the step count shown on every screen, the answers kept as they
 * are given (so a cancelled run can be resumed), and Ctrl-C at any prompt: exit 130, cursor restored.
 */
import type { Spec } from '../../state/answers-schema.js';
import { bold, dim } from './style.js';

export const PHASE_NAMES = ['intake', 'entities and relations', 'DDL review', 'migrations', 'seed'] as const;

let phase = 1;
let step = 0;
let keeper: ((a: Spec) => boolean) | undefined;
let kept = false;

/** The phase the next screens belong to (1..5). */
export function inPhase(n: number): void { phase = n; }

/** A new screen: its header, `Phase 2/5 — entities and relations · step 3`. */
export function nextHeader(): string {
  step += 1;
  return bold(`Phase ${phase}/5 — ${PHASE_NAMES[phase - 1]}`) + dim(` · step ${step}`);
}

export const stepCount = () => step;

/** The header printed above a prompt that draws itself (plop's inquirer). */
export const sayHeader = () => process.stdout.write(`${nextHeader()}\n`);

/** db-schema keeps the answers in db/design.json as they are given; other generators keep nothing. */
export function keepWith(fn: ((a: Spec) => boolean) | undefined): void { keeper = fn; kept = false; }
export function keep(a: Spec): void { if (keeper?.(a)) kept = true; }

/** Ctrl-C: cursor back, one line, exit 130. Nothing but the kept answers was written. */
export function cancel(): never {
  process.stdout.write('\x1b[?25h\n');
  const resume = kept ? '; your answers so far are kept in db/design.json: run db-schema again to resume' : '';
  process.stdout.write(`cancelled, nothing written${resume}\n`);
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

let armed = false;
/** plop's inquirer answers Ctrl-C by raising SIGINT on the process: cancel the same way. */
export function armInterrupt(): void {
  if (armed) return;
  armed = true;
  process.on('SIGINT', () => cancel());
}

/** For tests of one process running several wizards. */
export function resetSession(): void { phase = 1; step = 0; kept = false; keeper = undefined; }
