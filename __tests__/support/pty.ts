/** Drive an interactive terminal program with real keystrokes in a pseudo-terminal via tmux (no node-pty
 *  here). Each Term gets its own tmux server (`-L dbs-test-<pid>-<n>`, `-f /dev/null`): no user config. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { track } from './temp.js';

const run = promisify(execFile);

export interface Term {
  /** Each key is a tmux key name from NAMED_KEYS (e.g. 'Enter', 'Down', 'C-c') or literal text. */
  send(...keys: string[]): Promise<void>;
  /** Literal text (send-keys -l). */
  type(text: string): Promise<void>;
  /** Poll the screen (incl. scrollback) until it matches; on timeout throw with the last screen. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Current pane text including scrollback, wrapped lines joined, trailing blank lines dropped. */
  screen(): Promise<string>;
  /** Wait for the command to end and tmux to draw all it wrote; resolves to its exit code (128+N: signal N). */
  exited(timeoutMs?: number): Promise<number>;
  /** Kill the tmux server (and with it the program) and remove the temp dir. Idempotent. */
  kill(): Promise<void>;
  /** Any tmux command on this terminal's server (e.g. `capture-pane -e`, `display -p '#{cursor_flag}'`). */
  tmux(...args: string[]): Promise<string>;
}

export interface SpawnOptions {
  cwd: string;
  /** Extra environment for the program. The child gets ONLY PATH, HOME, LANG, TERM and these. */
  env?: Record<string, string>;
  cols?: number; rows?: number; // default 160 × 50
}

/** Keys passed to tmux by name; anything else given to send() is typed literally. */
export const NAMED_KEYS = new Set(['Enter', 'Escape', 'Up', 'Down', 'Left', 'Right', 'Space', 'Tab', 'BTab', 'BSpace',
  'Home', 'End', 'PageUp', 'PageDown', 'DC', 'C-a', 'C-c', 'C-d', 'C-e', 'C-u', 'C-w']);

/** POSIX single-quote a word for sh. */
export const shQuote = (s: string): string => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const EXITED = 'dbs-exited-'; // the pane title the shell sets after the program, with its exit code
let counter = 0;

export async function spawnTerm(cmd: string, args: string[], opts: SpawnOptions): Promise<Term> {
  const socket = `dbs-test-${process.pid}-${++counter}`;
  const dir = track(await mkdtemp(join(tmpdir(), 'dbs-pty-'))); // kill() removes it; else the file's end
  const codeFile = join(dir, 'exit-code');
  // tmux client/server env: the test process env minus TMUX (we are never nested) and CI.
  const { TMUX: _t, CI: _c, ...tmuxEnv } = process.env;
  const tmux = async (...a: string[]): Promise<string> =>
    (await run('tmux', ['-f', '/dev/null', '-L', socket, ...a], { env: tmuxEnv })).stdout;
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    ...opts.env,
  };
  const envWords = Object.entries(childEnv).map(([k, v]) => shQuote(`${k}=${v}`));
  // Run the program under a clean env, record its exit code, keep the pane alive (bounded) for the final screen; the
  // pane title set last: once tmux shows it, tmux has drawn all the program wrote (exited() waits for it).
  const script =
    `cd ${shQuote(opts.cwd)} || exit 97; env -i ${envWords.join(' ')} ${[cmd, ...args].map(shQuote).join(' ')}; ` +
    `c=$?; echo $c > ${shQuote(codeFile)}; printf '\\033]2;${EXITED}%s\\033\\\\' $c; exec sleep 600`;
  await tmux(
    'start-server', ';', 'set', '-g', 'history-limit', '5000', ';',
    'new-session', '-d', '-s', 't', '-x', String(opts.cols ?? 160), '-y', String(opts.rows ?? 50),
    '/bin/sh', '-c', script, // several args: tmux execs them directly, no extra shell parsing
  ).catch(async (e) => { await rm(dir, { recursive: true, force: true }); throw e; });
  const socketPath = (await tmux('display', '-p', '#{socket_path}')).trim(); // kill-server leaves it
  let dead = false;
  const screen = async (): Promise<string> => {
    const out = await tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', 't');
    return out.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');
  };
  const literal = async (text: string): Promise<void> => {
    if (text) await tmux('send-keys', '-t', 't', '-l', '--', text);
  };
  const send = async (...keys: string[]): Promise<void> => {
    for (const k of keys) {
      if (NAMED_KEYS.has(k)) await tmux('send-keys', '-t', 't', k);
      else await literal(k);
    }
  };
  return {
    send, type: literal, screen, tmux,
    async waitFor(pattern, timeoutMs = 5000) {
      const hit = (s: string) => (typeof pattern === 'string' ? s.includes(pattern) : s.search(pattern) >= 0);
      const deadline = Date.now() + timeoutMs;
      let last = '';
      for (;;) {
        if (hit((last = await screen()))) return last;
        if (Date.now() > deadline) break;
        await sleep(50);
      }
      throw new Error(`waitFor(${String(pattern)}) timed out after ${timeoutMs} ms; last screen:\n${last}`);
    },
    async exited(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const txt = await readFile(codeFile, 'utf8').catch(() => '');
        const title = /^\d+\n$/.test(txt) ? (await tmux('display', '-p', '-t', 't', '#{pane_title}')).trim() : '';
        if (title === EXITED + Number(txt)) return Number(txt); // and a screen() now has all the program wrote
        if (Date.now() > deadline) {
          const last = await screen().catch((e) => `<no screen: ${e}>`);
          throw new Error(`program did not exit within ${timeoutMs} ms; last screen:\n${last}`);
        }
        await sleep(50);
      }
    },
    async kill() {
      if (dead) return;
      dead = true; // kill-server ends the pane's process group (SIGHUP) along with the server
      await tmux('kill-server').catch(() => undefined);
      await Promise.all([dir, socketPath].map((p) => rm(p, { recursive: true, force: true })));
    },
  };
}
