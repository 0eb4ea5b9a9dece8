/** The custom screens in a real terminal: the form preselected from the description (with the reason), Enter
 *  listing a row's values; Ctrl-C restoring the cursor; the review coloured as SQL unless NO_COLOR. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { atStep, typeIntake } from './support/wizard-flow.js';
import { keys } from './support/wizard-keys.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const terms: Term[] = [];
const wizard = async (args: string[], env: Record<string, string> = {}, rows = 50) => {
  const dest = args.includes('--dest') ? [] : ['--dest', tempDir('screens')]; // an option is given once
  const t = await spawnTerm('node', [PLOP, 'db-schema', '--', ...dest, ...args], { cwd: root, cols: 200, rows, env });
  terms.push(t);
  return t;
};
afterEach(async () => { await Promise.all(terms.splice(0).map((t) => t.kill())); });
const cursorShown = async (t: Term) => (await t.tmux('display', '-p', '-t', 't', '#{cursor_flag}')).trim();

test('the form: preselected from the description with the reason; Enter lists the values; Ctrl-C restores the cursor', async () => {
  const t = await wizard([]);
  await typeIntake(t, 1, 'Inventory on MySQL with Prisma, 3 replicas on Kubernetes. About 6 entities.');
  const form = await atStep(t, 2);
  expect(form).toMatch(/^❯ Database engine +◂ MySQL \/ MariaDB ▸ .*\n.*\n +from your description: 'Inventory on MySQL with Prisma'$/m);
  expect(form).toMatch(/^ {2}ORM +Prisma +prisma migrate owns[^\n]*\n +from your description: '[^']*Prisma[^']*'$/m);
  expect(form).toMatch(/^ {2}Scale +Production multi-replica .*\n +from your description: 'replicas'$/m);
  expect(form).toMatch(/^ {2}Style +Code-first .*\n +follows the ORM: prisma defines the entities in code$/m);
  expect(form).toMatch(/^ {2}Migration control +Hybrid +manual in production, automatic in development/m);
  await t.send('Enter'); // the engine's values as a list, each with its description
  await t.waitFor(/^ {6}PostgreSQL +identity keys[^\n]*\n {6}SQLite +one file[^\n]*\n {4}❯ MySQL \/ MariaDB +AUTO_INCREMENT/m);
  await t.send('Up', 'Enter'); // MySQL → SQLite, and on to the ORM row
  await t.waitFor(/^ {2}Database engine +SQLite {2}/m);
  await t.waitFor(/^❯ ORM +◂ Prisma ▸/m);
  expect(await t.screen()).not.toMatch(/from your description: 'Inventory on MySQL/); // changed: no reason any more
  expect(await cursorShown(t)).toBe('0'); // hidden while a list has the focus
  await t.send('C-c');
  expect(await t.exited(10_000)).toBe(130);
  expect(await t.screen()).toMatch(/^cancelled, nothing written; your answers so far are kept in db\/design\.json/m);
  expect(await cursorShown(t)).toBe('1');
}, 60_000);

const GIVEN = ['--intake', 'A shop.', '--db', 'postgres', '--orm', 'none', '--scale', 'team', '--style', 'schema-first', '--migctl', 'hybrid',
  '--entities', 'Customer: email, name\nOrder: total_amount, customer_id', '--relations', '[]'];
const ESC = /\x1b\[[0-9;]*m/;

test.each([
  ['coloured as SQL on a colour terminal', {}, true],
  ['no colour with NO_COLOR', { NO_COLOR: '1' }, false],
])('the review: %s; it scrolls', async (_what, env, coloured) => {
  const t = await wizard(GIVEN, env, 24);
  const first = await atStep(t, 1);
  expect(first).toMatch(/^db\/schema\.sql \(lines 1–\d+ of \d+\)$/m);
  const ansi = await t.tmux('capture-pane', '-p', '-e', '-t', 't');
  const line = ansi.split('\n').find((l) => l.replace(/\x1b\[[0-9;]*m/g, '').includes('CREATE TABLE IF NOT EXISTS'))!;
  expect(ESC.test(line)).toBe(coloured);
  expect(ESC.test(ansi)).toBe(coloured);
  await t.send('PageDown');
  await t.waitFor(/^db\/schema\.sql \(lines (?!1–)\d+–\d+ of \d+\)$/m);
  await t.send('q');
  await t.waitFor('(view closed: ↑↓ opens it again)');
  await t.send('C-c');
  expect(await t.exited(10_000)).toBe(130);
}, 60_000);

test("Ctrl-C at one of plop's own selects (the runner): the same exit 130, line and cursor", async () => {
  const dest = tempDir('runner');
  const t = await wizard([...GIVEN, '--review', 'accept', '--irreversible', '', '--dest', dest]);
  await t.waitFor('? Add kei-migrate to the project?', 15_000);
  expect(await t.screen()).toMatch(/^Phase 4\/5 — migrations · step 1 of 2$/m);
  await t.send('C-c');
  expect(await t.exited(10_000)).toBe(130);
  expect(await t.screen()).toMatch(/^cancelled, nothing written$/m); // every answer was given: none to keep
  expect(await cursorShown(t)).toBe('1');
  expect(readdirSync(dest)).toEqual([]);
}, 60_000);

test('auto-on-deploy with multi-replica: warned on the form, then the replica-safe alternatives, hybrid first', async () => {
  const dest = tempDir('replicas');
  const t = await wizard(['--dest', dest]);
  await typeIntake(t, 1, 'A booking API on PostgreSQL, 4 replicas on Kubernetes.');
  await atStep(t, 2);
  await t.send('Down', 'Down', 'Down', 'Down', 'Right', 'Right'); // Migration control: Hybrid → Manual → Auto on deploy
  await t.waitFor(/^! auto-on-deploy with production multi-replica: every replica would try to apply the same migrations at start: you will be offered/m);
  await t.send('Down', 'Down', 'Enter'); // past "Later migrations" (online, preselected at this scale) to Continue
  const alt = await t.waitFor(/\? Migration control for several replicas[\s\S]*Single leader-elected migration job/); // listed
  expect(alt).toMatch(/^Phase 1\/5 — intake · step 3 of 9$/m); // the re-ask is the 9th screen
  expect(alt).toMatch(/several replicas[^\n]*\n❯ Hybrid — a person applies in production[\s\S]*Single leader-elected migration job/);
  await keys(t).choose('? Migration control for several replicas', 'Single leader-elected');
  await atStep(t, 4);
  await t.send('C-c');
  expect(await t.exited(10_000)).toBe(130);
  const kept = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8'));
  expect(kept.answers).toMatchObject({ scale: 'multi-replica', migctl: 'leader-job', safety: 'online' });
}, 60_000);
