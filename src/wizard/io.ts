/** Thin wrappers over plop's inquirer so every phase asks the same way. */
import { asInquirer, CHOICES, type Choice } from './choices.js';

export interface Inquirer { prompt(questions: object[]): Promise<Record<string, unknown>> }

export async function select(inq: Inquirer, name: string, message: string, choices: Choice[], def?: string): Promise<string> {
  const r = await inq.prompt([{ type: 'list', name, message, choices: asInquirer(choices), default: def, pageSize: 12, loop: false }]);
  return String(r[name]);
}

export async function selectKey(inq: Inquirer, key: string): Promise<string> {
  const q = CHOICES[key];
  return select(inq, key, q.message, q.choices);
}

export async function input(inq: Inquirer, name: string, message: string, def?: string): Promise<string> {
  const r = await inq.prompt([{ type: 'input', name, message, default: def }]);
  return String(r[name] ?? '');
}

/** Several lines typed in the terminal, no external editor: one prompt a line, a blank line ends. */
export async function lines(inq: Inquirer, name: string, message: string): Promise<string> {
  const out: string[] = [];
  for (;;) {
    const line = (await input(inq, name, out.length ? `${message} (${out.length} so far; blank line to finish)` : `${message} (blank line to finish)`)).trim();
    if (!line) {
      if (out.length) return out.join('\n');
      continue;
    }
    out.push(line);
  }
}

export const say = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
