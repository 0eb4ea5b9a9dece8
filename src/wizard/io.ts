/** Thin wrappers over plop's inquirer so every phase asks the same way. */
import { asInquirer, CHOICES, type Choice } from './choices.js';
import { prompts } from './tty/lazy.js';

/** plop hands over inquirer 9: `prompt()` returns a promise carrying `ui.rl` (the readline being asked on). */
export interface Inquirer { prompt(questions: object[]): Promise<Record<string, unknown>> & { ui?: PromptUi } }
interface PromptUi { rl?: { write?(s: string): void }; activePrompt?: { render?(): void } }

/** A check for typed text: true, or the message shown under the prompt (the typed text stays editable). */
export type Check = (text: string) => true | string;

/** inquirer answers Ctrl-C by closing its readline and raising SIGINT on the process; with nothing else
 *  pending the process would end (exit 0) before the signal is handled: hold the loop while it asks. */
async function holding<T>(p: Promise<T>): Promise<T> {
  const hold = setInterval(() => undefined, 1 << 30);
  try { return await p; } finally { clearInterval(hold); }
}

export async function select(inq: Inquirer, name: string, message: string, choices: Choice[], def?: string): Promise<string> {
  const r = await holding(inq.prompt([{ type: 'list', name, message, choices: asInquirer(choices), default: def, pageSize: 12, loop: false }]));
  return String(r[name]);
}

export async function selectKey(inq: Inquirer, key: string): Promise<string> {
  const q = CHOICES[key];
  return select(inq, key, q.message, q.choices);
}

export interface InputOptions { default?: string; prefill?: string; check?: Check }

/** One typed line. `prefill` is put on the line already typed (editable; C-u clears it); `check` re-asks in place. */
export async function input(inq: Inquirer, name: string, message: string, opts: InputOptions = {}): Promise<string> {
  const { check } = opts;
  const p = inq.prompt([{ type: 'input', name, message, default: opts.default, validate: check ? (v: unknown) => check(String(v ?? '')) : undefined }]);
  const ui = p.ui;
  if (opts.prefill && ui?.rl?.write) {
    ui.rl.write(opts.prefill); // lands in readline's line buffer, as if typed
    ui.activePrompt?.render?.(); // a prompt already drawn (no async options) is drawn again with it
  }
  const r = await holding(p);
  return String(r[name] ?? '');
}

export interface LinesOptions { prefill?: string[]; check?: Check; intro?: string }

/** Several lines typed on one screen (see tty/text-lines.ts): a refused line stays editable, the others kept. */
export async function lines(_inq: Inquirer, _name: string, message: string, opts: LinesOptions = {}): Promise<string> {
  return (await prompts()).textLines({ message, ...opts });
}

export const say = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
