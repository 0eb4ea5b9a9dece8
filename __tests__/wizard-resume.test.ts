/** Ctrl-C mid-way: exit 130, one line, the answers kept; the next run resumes them and ends in the same files
 *  as an uninterrupted run. A finished design: said so, nothing asked, nothing written. Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { screensSeen } from './support/wizard-keys.js';
import { atStep, decide, finish, relate, review, typeEntities, typeIntake, VET, VET_INTAKE } from './support/wizard-flow.js';
import { snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const NOW = { DB_SCAFFOLD_NOW: '2026-01-02T03:04:05Z' };
const terms: Term[] = [];
const wizard = async (dest: string) => {
  const t = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 50, env: NOW });
  terms.push(t);
  return t;
};
afterEach(async () => { await Promise.all(terms.splice(0).map((t) => t.kill())); });

/** Every file's body and mode (not its time). */
const files = (dir: string) => Object.fromEntries(Object.entries(snapshot(dir)).map(([p, e]) => [p, { body: e.body, mode: e.mode }]));
const MATRIX = ['Down', 'Down', 'Down', 'Right', 'Right', 'Right', 'Right'];

test('Ctrl-C at the matrix, then resume: the same files as an uninterrupted run', async () => {
  const whole = tempDir('whole');
  const t0 = await wizard(whole);
  await typeIntake(t0, 1, VET_INTAKE);
  await decide(t0, 2);
  await typeEntities(t0, 3, VET);
  await relate(t0, 4, MATRIX, 3);
  await review(t0, 5);
  await finish(t0, 6, 'Install from source with cargo', 'Smoke fixture');
  expect(await t0.exited(20_000)).toBe(0);

  const dest = tempDir('resumed');
  const t1 = await wizard(dest);
  await typeIntake(t1, 1, VET_INTAKE);
  await decide(t1, 2);
  await typeEntities(t1, 3, VET);
  await atStep(t1, 4);
  await t1.send('C-c');
  expect(await t1.exited(10_000)).toBe(130);
  expect(await t1.screen()).toMatch(/^cancelled, nothing written; your answers so far are kept in db\/design\.json: run db-schema again to resume$/m);
  expect(Object.keys(snapshot(dest))).toEqual(['db/design.json']); // no schema, migration or secrets file
  const kept = JSON.parse(readFileSync(join(dest, 'db/design.json'), 'utf8'));
  expect(Object.keys(kept.answers)).toEqual(['intake', 'db', 'orm', 'scale', 'style', 'migctl', 'entities', 'safety']);
  expect(kept.wizard).toEqual({ unfinished: true, step: 3 });

  const t2 = await wizard(dest);
  await t2.waitFor(/An unfinished design is in db\/design\.json \(8 answers: intake, db, orm, scale, style, migctl, entities, safety\)/, 15_000);
  await t2.send('Enter'); // Resume where it stopped
  await relate(t2, 2, MATRIX, 3);
  await review(t2, 3);
  await finish(t2, 4, 'Install from source with cargo', 'Smoke fixture');
  expect(await t2.exited(20_000)).toBe(0);
  expect(screensSeen(await t2.screen())).toEqual(['1 intake', '2 entities and relations', '3 DDL review', '4 migrations', '4 migrations', '5 seed']);
  expect(files(dest)).toEqual(files(whole)); // byte for byte, modes too
  expect(readFileSync(join(dest, 'db/design.json'), 'utf8')).not.toContain('"wizard"');

  // Run again on the finished design: said so, pointing to the evolving generators; nothing asked or written.
  const before = snapshot(dest);
  const t3 = await wizard(dest);
  expect(await t3.exited(20_000)).toBe(0);
  expect(await t3.screen()).toMatch(/db\/design\.json: this design is finished \(1 migration written\); nothing to ask\. Evolve it with `npx plop db-entity`[^\n]*`db-change`/);
  expect(snapshot(dest)).toEqual(before);
  rmSync(whole, { recursive: true, force: true });
}, 120_000);

test('Start again: the saved answers are asked anew', async () => {
  const dest = tempDir('again');
  const t1 = await wizard(dest);
  await typeIntake(t1, 1, 'A tiny notes app on SQLite.');
  await atStep(t1, 2);
  await t1.send('C-c');
  expect(await t1.exited(10_000)).toBe(130);
  expect(existsSync(join(dest, 'db/design.json'))).toBe(true);
  const t2 = await wizard(dest);
  await t2.waitFor('An unfinished design is in db/design.json (1 answer: intake)', 15_000);
  await t2.send('Down', 'Enter'); // Start again
  const intake = await atStep(t2, 2);
  expect(intake).toMatch(/Describe the app in one paragraph/);
  await t2.send('C-c');
  expect(await t2.exited(10_000)).toBe(130);
}, 60_000);
