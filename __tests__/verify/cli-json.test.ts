/** `db-verify --json`: the whole stdout is one JSON document on every path — bin and plop, exit 0, 1 and 2 —
 *  with NODE_ENV=test, where plop writes its own progress lines to stdout. Needs `npm run build`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../support/golden.js';
import { tempDir } from '../support/temp.js';
import { edit, project } from './project.js';

const BIN = join(ROOT, 'dist', 'bin', 'db-scaffold.js');
const PLOP = join(ROOT, 'node_modules', 'plop', 'bin', 'plop.js');

function stdout(path: 'bin' | 'plop', dir: string, args: string[]): { status: number | null; doc: { exit: number } } {
  const [script, argv, cwd] = path === 'bin' ? [BIN, ['db-verify', ...args], dir] : [PLOP, ['db-verify', '--', '--dest', dir, ...args], ROOT];
  const r = spawnSync(process.execPath, [script, ...argv], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
    env: { ...process.env, CI: 'true', NODE_ENV: 'test', NODE_OPTIONS: '', DATABASE_URL: '' } });
  return { status: r.status, doc: JSON.parse(r.stdout) };
}

const edited = () => {
  const dir = project('blog', 'sqlite');
  edit(dir, 'migrations/20260102030405_init_schema.sql', (s) => s.replace('CREATE TABLE', 'CREATE  TABLE'));
  return dir;
};

test.each(['bin', 'plop'] as const)('%s: clean, findings, no design, a bad argument — stdout parses whole', (path) => {
  expect(stdout(path, project('blog', 'sqlite'), ['--json'])).toMatchObject({ status: 0, doc: { exit: 0, findings: [] } });
  expect(stdout(path, edited(), ['--json'])).toMatchObject({ status: 1, doc: { exit: 1, findings: [{ rule: 'edited-migration' }] } });
  expect(stdout(path, tempDir('verify-json-none'), ['--json'])).toMatchObject({ status: 2, doc: { exit: 2, error: expect.stringMatching(/no design/) } });
  expect(stdout(path, tempDir('verify-json-bad'), ['--json', '--urll', 'x']))
    .toMatchObject({ status: 2, doc: { exit: 2, error: expect.stringMatching(/unknown argument '--urll'/) } });
});
