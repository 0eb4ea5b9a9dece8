/** Keystroke helpers for the db-schema wizard on top of the tmux driver: wait for a prompt, then answer it. */
import { spawn } from 'node:child_process';
import type { Term } from './pty.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches only once `text` is on the screen `n` times (prompts asked again, e.g. review rounds). */
export const nth = (text: string, n: number): RegExp => new RegExp(`(?:[\\s\\S]*?${escape(text)}){${n}}`);

/** The prompt, then under it the list's cursor line and the line of `label` (in either order). */
export const listed = (prompt: string | RegExp, label: string): RegExp => new RegExp(
  `(?:${typeof prompt === 'string' ? escape(prompt) : prompt.source})(?=[\\s\\S]*^❯ )(?=[\\s\\S]*^[❯ ] ${escape(label)})`, 'm');

export interface Keys {
  /** Wait for the prompt text (its n-th appearance), then type a line and press Enter. */
  line(prompt: string | RegExp, text: string): Promise<string>;
  /** Wait for the prompt, move the list cursor to the choice whose label starts with `label`, press Enter. */
  choose(prompt: string | RegExp, label: string): Promise<string>;
}

/** The choices of the list prompt being asked: lines after the last `? ` line that start with `❯ ` or two spaces. */
export function activeChoices(screen: string): { labels: string[]; cursor: number } {
  const all = screen.split('\n');
  let q = all.length - 1;
  while (q >= 0 && !all[q].startsWith('? ')) q--;
  const items = all.slice(q + 1).filter((l) => /^[❯ ] \S/.test(l));
  return { labels: items.map((l) => l.slice(2)), cursor: items.findIndex((l) => l.startsWith('❯ ')) };
}

export function keys(t: Term, timeoutMs = 10_000): Keys {
  const wait = (p: string | RegExp) => t.waitFor(p, timeoutMs);
  return {
    async line(prompt, text) {
      const s = await wait(prompt);
      if (text) await t.type(text);
      await t.send('Enter');
      return s;
    },
    async choose(prompt, label) {
      const s = await wait(listed(prompt, label)); // the prompt drawn down to the cursor and the label (not cut mid-list)
      const { labels, cursor } = activeChoices(s);
      const target = labels.findIndex((l) => l.startsWith(label));
      if (target < 0 || cursor < 0) throw new Error(`no choice '${label}' under the cursor's list (cursor ${cursor}):\n${s}`);
      const moves = Array(Math.abs(target - cursor)).fill(target > cursor ? 'Down' : 'Up');
      if (moves.length) await t.send(...moves);
      await wait(new RegExp(`^❯ ${escape(label)}`, 'm'));
      await t.send('Enter');
      return s;
    },
  };
}

/** The screens a run showed, in order: each screen's header `Phase 2/5 — entities and relations · step 3`
 *  (one per step, however often the screen was redrawn). */
export function screensSeen(scrollback: string): string[] {
  const seen = new Map<number, string>();
  for (const m of scrollback.matchAll(/Phase (\d)\/5 — ([a-zA-Z ]+?) · step (\d+)/g)) seen.set(Number(m[3]), `${m[1]} ${m[2]}`);
  return [...seen.keys()].sort((a, b) => a - b).map((k) => seen.get(k)!);
}

/** The pair rows of the last relations matrix drawn (`A ↔ B  kind …`). */
export function matrixRows(scrollback: string): string[] {
  const at = scrollback.lastIndexOf('Relations between the entities');
  const end = scrollback.indexOf('+ Add a pair', at);
  return scrollback.slice(at, end).split('\n').filter((l) => / ↔ /.test(l) && !/^ {4}/.test(l)).map((l) => l.slice(2).trim());
}

/** The final report block's labels, in order. */
export const REPORT_LABELS = ['App', 'DB / ORM', 'Scale', 'Entities', 'Schema', 'Migrations', 'Seed', 'Libraries', 'Next'];

/** ANSI colour/cursor sequences out, for asserting on piped output. */
export const plain = (s: string) => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** Run a command with no terminal: stdin closed, output piped; resolves to the exit code and the output. */
export function runPiped(cmd: string, args: string[], opts: { cwd: string; env?: Record<string, string> }):
  Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: plain(out) }));
  });
}
