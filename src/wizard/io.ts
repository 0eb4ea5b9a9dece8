/** Thin wrappers over plop's inquirer so every phase asks the same way. */
import { asInquirer, CHOICES, type Choice } from './choices.js';

/** plop hands over inquirer 9: `prompt()` returns a promise carrying `ui.rl` (the readline being asked on). */
export interface Inquirer { prompt(questions: object[]): Promise<Record<string, unknown>> & { ui?: PromptUi } }
interface PromptUi { rl?: { write?(s: string): void }; activePrompt?: { render?(): void } }

/** A check for typed text: true, or the message shown under the prompt (the typed text stays editable). */
export type Check = (text: string) => true | string;

export async function select(inq: Inquirer, name: string, message: string, choices: Choice[], def?: string): Promise<string> {
  const r = await inq.prompt([{ type: 'list', name, message, choices: asInquirer(choices), default: def, pageSize: 12, loop: false }]);
  return String(r[name]);
}

export async function selectKey(inq: Inquirer, key: string, def?: string): Promise<string> {
  const q = CHOICES[key];
  return select(inq, key, q.message, q.choices, def);
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
  const r = await p;
  return String(r[name] ?? '');
}

export interface LinesOptions { prefill?: string[]; check?: Check }

/** Several lines typed in the terminal, no external editor: one prompt a line, a blank line ends.
 *  `prefill` lines come back one at a time, editable (blank drops that line); `check` sees all lines so far
 *  plus the one typed, so a mistake is fixed on its own line instead of losing the others. */
export async function lines(inq: Inquirer, name: string, message: string, opts: LinesOptions = {}): Promise<string> {
  const out: string[] = [];
  const pending = [...(opts.prefill ?? [])].map((l) => l.trim()).filter(Boolean);
  const check: Check = (typed) => {
    const line = typed.trim();
    if (!line) return out.length || pending.length ? true : 'type at least one line';
    return opts.check ? opts.check([...out, line].join('\n')) : true;
  };
  for (;;) {
    const prefill = pending.shift();
    const note = out.length ? `${out.length} so far; ` : '';
    const hint = prefill === undefined ? 'blank line to finish' : 'Enter keeps it, C-u then Enter drops it';
    const line = (await input(inq, name, `${message} (${note}${hint})`, { prefill, check })).trim();
    if (line) out.push(line);
    else if (prefill === undefined && out.length) return out.join('\n');
  }
}

export const say = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
