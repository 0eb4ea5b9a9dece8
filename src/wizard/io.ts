/** How every phase asks: plop's inquirer for plain selects, the custom screens for the rest. */
import { asInquirer, CHOICES, type Choice } from './choices.js';
import { prompts } from './tty/lazy.js';
import type { Spec } from '../state/answers-schema.js';

/** plop hands over inquirer 9 (its legacy `prompt()`); the custom screens (tty/) run beside it on the same
 *  terminal, so a run with no `Inquirer` (no terminal) never asks anything. */
export interface Inquirer {
  prompt(questions: object[]): Promise<Record<string, unknown>>;
  keep?: (a: Spec) => boolean;  // db-schema's: keep the answers so far in db/design.json (true: kept)
}

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

export async function selectKey(inq: Inquirer, key: string, def?: string): Promise<string> {
  const q = CHOICES[key];
  return select(inq, key, q.message, q.choices, def);
}

/** One typed line (a new name, a value) with plop's inquirer; `check` re-asks in place. */
export async function line(inq: Inquirer, name: string, message: string, check: Check, def?: string): Promise<string> {
  const r = await holding(inq.prompt([{ type: 'input', name, message, default: def, validate: (v: unknown) => check(String(v ?? '')) }]));
  return String(r[name] ?? '');
}

export interface LinesOptions { prefill?: string[]; check?: Check; intro?: string }

/** Several lines typed on one screen (see tty/text-lines.ts): a refused line stays editable, the others kept. */
export async function lines(message: string, opts: LinesOptions = {}): Promise<string> {
  return (await prompts()).textLines({ message, ...opts });
}

export const say = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
