/** Online is preselected on the first screen at multi-replica scale, before the runner is known: choosing
 *  kei-migrate (which runs every file in a transaction) then asks once more, offline preselected, or another
 *  runner that can run CONCURRENTLY. Either way the design never holds online with kei-migrate. Needs `npm run build`. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { keys } from './support/wizard-keys.js';
import { atStep, decide, relate, review, typeEntities, typeIntake, VET } from './support/wizard-flow.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
const PLOP = join(root, 'node_modules', 'plop', 'bin', 'plop.js');
const terms: Term[] = [];
afterEach(async () => { await Promise.all(terms.splice(0).map((t) => t.kill())); });

async function upToRunner(dest: string): Promise<Term> {
  const t = await spawnTerm('node', [PLOP, 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 50, env: { DB_SCAFFOLD_NOW: '2026-01-02T03:04:05Z' } });
  terms.push(t);
  await typeIntake(t, 1, 'A vet clinic API on PostgreSQL, 4 replicas on Kubernetes. Owners have pets that come to visits. Vets treat pets.');
  await decide(t, 2);
  await typeEntities(t, 3, VET);
  await relate(t, 4, ['Down', 'Down', 'Down', 'Right', 'Right', 'Right', 'Right'], 3);
  await review(t, 5);
  await atStep(t, 6);
  await t.send('Enter'); // no irreversible table
  await keys(t).choose('? Add kei-migrate to the project?', 'Install from source with cargo');
  return t;
}

const answers = (dest: string) => JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')).answers;

test('kei-migrate after online: asked once more, offline preselected; the design is offline', async () => {
  const dest = tempDir('safety-kei');
  const t = await upToRunner(dest);
  const screen = await t.waitFor(/need a runner that can run a file outside a transaction[\s\S]*Online with another runner — .*next$/m);
  expect(screen).toMatch(/outside a transaction[^\n]*\n❯ Offline with kei-migrate — plain migrations, each in the transaction/);
  expect(screen).toMatch(/Online with another runner — dbmate, goose, Atlas or sqlx/);
  await t.send('Enter');
  await keys(t).choose('? Seed data', 'Smoke fixture');
  expect(await t.exited(30_000)).toBe(0);
  expect(answers(dest)).toMatchObject({ scale: 'multi-replica', runner: 'binary', safety: 'offline' });
}, 90_000);

test('or online kept with another runner: the runner list comes next, the design is online with dbmate', async () => {
  const dest = tempDir('safety-dbmate');
  const t = await upToRunner(dest);
  await keys(t).choose('? Online migrations need a runner that can run a file outside a transaction', 'Online with another runner');
  await keys(t).choose('? Which runner?', 'dbmate');
  await keys(t).choose('? Seed data', 'Smoke fixture');
  expect(await t.exited(30_000)).toBe(0);
  expect(answers(dest)).toMatchObject({ scale: 'multi-replica', runner: 'existing', existing: 'dbmate', safety: 'online' });
}, 90_000);
