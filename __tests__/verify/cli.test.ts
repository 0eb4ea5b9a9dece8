/** db-verify through the bin and through plop: its lines, its exit codes (0 clean, 1 findings, 2 could not
 *  verify), --json, --help, a bad argument. Needs `npm run build`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBin, runPlop } from '../support/bin-run.js';
import { ROOT } from '../support/golden.js';
import { tempDir } from '../support/temp.js';
import { edit, project } from './project.js';

const NO_URL = { DATABASE_URL: '' };

test('bin: a clean design exits 0 with one line per step; --json is one document', () => {
  const dir = project('blog', 'sqlite');
  const r = runBin(ROOT, ['db-verify'], dir, NO_URL);
  expect(r).toMatchObject({ status: 0, err: [] });
  expect(r.out.map((l) => l.split(/\s+/)[0])).toEqual(['db-verify:', 'integrity', 'lint', 'replay', 'drift']);
  const j = runBin(ROOT, ['db-verify', '--json'], dir, NO_URL);
  expect(j.status).toBe(0);
  const doc = JSON.parse(j.out.join('\n'));
  expect(doc).toMatchObject({ exit: 0, findings: [], written: [] });
  expect(doc.steps.map((s: { step: string; status: string }) => `${s.step} ${s.status}`)).toEqual(['integrity ok', 'lint ok', 'replay ok', 'drift skipped']);
});

test('bin and plop: an edited migration exits 1 and names it', () => {
  const dir = project('blog', 'sqlite');
  const up = 'migrations/20260102030405_init_schema.sql';
  edit(dir, up, (s) => s.replace('CREATE TABLE', 'CREATE  TABLE'));
  const line = expect.stringMatching(new RegExp(`^${up}:1 edited-migration 20260102030405_init_schema was edited after it was written`));
  const bin = runBin(ROOT, ['db-verify', '--', '--json'], dir, NO_URL);
  expect(bin.status).toBe(1);
  expect(JSON.parse(bin.out.join('\n')).findings.map((f: { rule: string }) => f.rule)).toEqual(['edited-migration']);
  const plop = runPlop(ROOT, ['db-verify', '--', '--dest', dir]);
  expect(plop.status).toBe(1);
  expect(plop.out).toContainEqual(line);
});

test('exit 2: no design, a bad argument; --help lists the options', () => {
  const none = runBin(ROOT, ['db-verify'], tempDir('verify-none'), NO_URL);
  expect(none).toMatchObject({ status: 2, out: ['could not verify: db-verify: no design in db/design.json yet; run `npx plop db-schema` first'] });
  const bad = runBin(ROOT, ['db-verify', '--urll', 'x'], tempDir('verify-bad'), NO_URL);
  expect(bad).toMatchObject({ status: 2, out: [expect.stringMatching(/^could not verify: db-verify: unknown argument '--urll' \(allowed: --url URL/)] });
  const help = runBin(ROOT, ['db-verify', '--help'], tempDir('verify-help'));
  expect(help.status).toBe(0);
  expect(help.out).toEqual(expect.arrayContaining([expect.stringMatching(/^ +--url URL +the live database/), expect.stringMatching(/^ +--adopt /),
    expect.stringMatching(/^ +--revert /), expect.stringMatching(/^ +--json /), 'Exit: 0 clean, 1 findings, 2 could not verify']));
});

test('exit 2: a live database without the runner\'s table is told how to get its version', () => {
  const dir = project('blog', 'sqlite');
  writeFileSync(join(dir, 'live.db'), ''); // an empty SQLite database
  const r = runBin(ROOT, ['db-verify', '--url', `sqlite:${join(dir, 'live.db')}`], dir, NO_URL);
  expect(r.status).toBe(2);
  expect(r.out.at(-1)).toMatch(new RegExp("^could not verify: sqlite:\\S+ has no _kei_migrations table \\(kei-migrate's\\): cannot tell "
    + 'which version it is at; mark the migrations it holds applied with the runner \\(a database db-import read holds the '
    + 'baseline 20260102030405: db-import printed the commands\\), then run db-verify again$'));
});
