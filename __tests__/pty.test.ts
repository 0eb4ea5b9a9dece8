/** Proves the tmux pty driver on a throwaway inquirer 9 program (__tests__/fixtures/pty-demo.mjs). */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const demo = (env?: Record<string, string>) =>
  spawnTerm('node', ['__tests__/fixtures/pty-demo.mjs'], { cwd: root, env });

describe('tmux pty driver', () => {
  let term: Term | undefined;
  afterEach(async () => {
    await term?.kill();
    term = undefined;
  });

  it('drives an inquirer list + input with real keystrokes', async () => {
    term = await demo();
    // Always wait for the first render: keys sent earlier hit a cooked-mode tty (echoed, line-buffered).
    const first = await term.waitFor('Use arrow keys', 15_000); // node and inquirer starting: slow under load
    expect(first).toMatch(/❯ PostgreSQL/);
    await term.send('Down');
    await term.waitFor(/❯ MySQL \/ MariaDB/);
    await term.send('Enter');
    await term.waitFor('App name?');
    await term.type('shop');
    await term.send('Enter');
    const screen = await term.waitFor(/^ANSWERS \{.*\}$/m); // the whole line: JSON.parse of a line half drawn would throw
    const json = /^ANSWERS (.*)$/m.exec(screen)![1];
    expect(JSON.parse(json)).toEqual({ engine: 'mysql', app: 'shop' });
    expect(screen).toContain('? Pick an engine MySQL / MariaDB');
    expect(await term.exited()).toBe(0);
  }, 30_000);

  it('C-c aborts the wizard with a non-zero exit code', async () => {
    term = await demo();
    await term.waitFor('Use arrow keys', 15_000);
    await term.send('C-c');
    const code = await term.exited();
    expect(code).not.toBe(0);
    expect(await term.screen()).not.toContain('ANSWERS');
  }, 30_000);

  it('times out with the last screen in the error', async () => {
    term = await demo();
    await term.waitFor('Pick an engine', 15_000); // drawn first: under load the 300 ms below may pass before the first screen
    await expect(term.waitFor('never printed', 300)).rejects.toThrow(/last screen:\n[\s\S]*Pick an engine/);
  }, 30_000);
});
