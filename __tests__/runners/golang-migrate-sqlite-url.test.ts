/**
 * golang-migrate on SQLite: its CLI takes `sqlite3://<path>` and has no `sqlite:` scheme, so secrets/db.env and
 * the next steps ask for that form (every other runner keeps the engine's `sqlite:<path>`; golang-migrate on the
 * servers keeps theirs), and db-verify reads the live file through the URL the user now writes.
 * Before, secrets/db.env asked golang-migrate users for `sqlite:<path>`, which `migrate -database` refuses.
 */
import { buildInit } from '../../src/core/init.js';
import { nextSteps } from '../../src/report/next-steps.js';
import type { Answers } from '../../src/state/answers-schema.js';
import { answers, CLOCK } from '../entity-cases.js';
import { tempDir } from '../support/temp.js';
import { describeWith, SQLITE3 } from '../support/extras.js';
import { sharedScratch } from '../verify/project.js';
import { liveBlog } from '../verify/live.js';

const GM: Partial<Answers> = { runner: 'existing', existing: 'golang-migrate' };

function told(db: Answers['db'], over: Partial<Answers>) {
  const a = { ...answers(db), ...over };
  const built = buildInit(a, undefined, tempDir('gm-url'), CLOCK);
  return { env: built.files.find((f) => f.path === 'secrets/db.env')!.body, steps: nextSteps(a, built.design) };
}

test('golang-migrate + SQLite: secrets/db.env and the next steps ask for sqlite3://<path>', () => {
  const { env, steps } = told('sqlite', GM);
  expect(env).toMatch(/^# SQLite connection URL, format: sqlite3:\/\/<path\/to\/app\.sqlite3>$/m);
  expect(env).not.toMatch(/sqlite:</);
  expect(steps).toMatch(/^ {2}# golang-migrate takes DATABASE_URL as sqlite3:\/\/<path\/to\/app\.sqlite3>/m);
});

test('the other runners on SQLite, and golang-migrate on a server, keep the engine\'s own URL', () => {
  expect(told('sqlite', { runner: 'later' }).env).toMatch(/format: sqlite:<path\/to\/app\.sqlite3>$/m);
  expect(told('sqlite', { runner: 'existing', existing: 'dbmate' }).env).toMatch(/format: sqlite:</m);
  const pg = told('postgres', GM);
  expect(pg.env).toMatch(/format: postgres(ql)?:\/\//);
  expect(pg.steps).not.toMatch(/takes DATABASE_URL as/);
});

const scratch = sharedScratch();
afterAll(() => scratch.close());

describeWith([SQLITE3], 'db-verify reads the golang-migrate form', () => {
  const l = liveBlog('sqlite', scratch);
  test('DATABASE_URL=sqlite3://<absolute path>: the live file read, clean', async () => {
    const r = await l.run({ env: { DATABASE_URL: `sqlite3://${l.dir}/live.db` } });
    expect(r.exit === 0 ? [] : r.lines).toEqual([]);
    expect(r.lines.join('\n')).toMatch(/sqlite3:\/\//);
  }, 120000);
});
