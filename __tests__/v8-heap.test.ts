/** The design commands' heap bound (src/cli/v8-tier.ts boundHeap): set after the pack is loaded, for a design
 *  command only, not over a heap flag of the user's, and taken back before a code cache is made. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageCopy } from './support/build.js';

/** The flags boundHeap / unboundHeap hand V8, `setFlagsFromString` recorded in a node process of their own. */
function flagsSet(command: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): string[] {
  const tier = pathToFileURL(join(packageCopy(), 'dist', 'src', 'cli', 'v8-tier.js')).href;
  const script = [
    "const v8 = require('node:v8'); const seen = [];",
    'v8.setFlagsFromString = (f) => seen.push(f); require(\'node:module\').syncBuiltinESMExports();',
    `import(${JSON.stringify(tier)}).then((m) => { m.boundHeap(${JSON.stringify(command)}); m.unboundHeap();`,
    'console.log(JSON.stringify(seen)); });',
  ].join('\n');
  const r = spawnSync(process.execPath, [...nodeArgs, '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
}

test('a design command bounds the heap, and the bound is undone before a cache is made', () => {
  expect(flagsSet('db-schema')).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=0']);
  expect(flagsSet('db-change')).toEqual(['--heap-growing-percent=100', '--heap-growing-percent=0']);
});

test("db-seed and db-verify, DB_SCAFFOLD_V8=default, or a heap flag of the user's own leave V8 as it is", () => {
  expect(flagsSet('db-seed')).toEqual([]);
  expect(flagsSet('db-verify')).toEqual([]);
  expect(flagsSet('db-schema', { DB_SCAFFOLD_V8: 'default' })).toEqual([]);
  expect(flagsSet('db-schema', { NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual([]);
  expect(flagsSet('db-schema', {}, ['--heap-growing-percent=50'])).toEqual([]);
});

test('V8 knows the flag (setFlagsFromString would ignore a misspelt one silently)', () => {
  const r = spawnSync(process.execPath, ['--heap-growing-percent=100', '-e', '0'], { encoding: 'utf8' });
  expect([r.status, r.stderr]).toEqual([0, '']);
  const bad = spawnSync(process.execPath, ['--heap-growing-prcent=100', '-e', '0'], { encoding: 'utf8' });
  expect(bad.status).not.toBe(0);
});
