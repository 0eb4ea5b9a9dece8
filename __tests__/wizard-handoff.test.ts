/** Prisma in the description: preselected (code-first with it); no down file is written, so neither the
 *  irreversible tables nor the runner are asked: 6 screens, the count right from the form on. */
import './support/needs-tmux.js'; // the terminal tests need Debian's tmux
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnTerm, type Term } from './support/pty.js';
import { atStep, decide, relate, review, typeEntities, typeIntake } from './support/wizard-flow.js';
import { keys, screensSeen } from './support/wizard-keys.js';
import { readOutputs } from './support/outputs.js';
import { tempDir } from './support/temp.js';

const root = resolve('.');
let term: Term | undefined;
afterEach(async () => { await term?.kill(); term = undefined; });

test('Prisma: 6 screens, no irreversible tables or runner asked, the hand-off recorded', async () => {
  const dest = tempDir('handoff');
  term = await spawnTerm('node', [join(root, 'node_modules', 'plop', 'bin', 'plop.js'), 'db-schema', '--', '--dest', dest], { cwd: root, cols: 200, rows: 50 });
  await typeIntake(term, 1, 'A course platform with Prisma on PostgreSQL. Students enroll in courses.');
  const form = await atStep(term, 2);
  expect(form).toMatch(/^ {2}ORM +Prisma .*\n +from your description: '[^']*Prisma[^']*'$/m);
  expect(form).toMatch(/^ {2}Style +Code-first /m);
  await decide(term, 2);
  await typeEntities(term, 3, ['Student: name, email', 'Course: title']);
  await relate(term, 4, ['Right', 'Right', 'Right', 'Right'], 2); // Student ↔ Course: many-to-many
  const ddl = await review(term, 5);
  expect(ddl).toMatch(/^Phase 3\/5 — DDL review · step 5 of 6$/m);
  await keys(term).choose('? Seed data', 'Skip');
  expect(await term.exited(20_000)).toBe(0);
  const screen = await term.screen();
  expect(screensSeen(screen)).toEqual(['1 intake', '1 intake', '2 entities and relations', '2 entities and relations', '3 DDL review', '5 seed']);
  expect(screen).not.toContain('Tables whose down migration must abort');
  const { design } = readOutputs(dest);
  expect(design.answers).toMatchObject({ orm: 'prisma', style: 'code-first', runner: 'existing', irreversible: [] });
  expect(existsSync(join(dest, 'migrations'))).toBe(false);
}, 60_000);
