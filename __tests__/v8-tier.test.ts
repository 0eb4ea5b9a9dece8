/** V8's tiers for the design commands (src/cli/v8-tier.ts): TurboFan off for a design command in the bin,
 *  on again before a seed is rendered; never off for db-seed or db-verify, nor when the user said otherwise. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESIGN_COMMANDS, lightTierFor } from '../src/cli/v8-tier.js';
import { GENERATORS } from '../generators/registry.js';
import { packageCopy } from './support/build.js';

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'v8-tier-probe.mjs');

test('the design commands, and no other generator, run with TurboFan off', () => {
  const off = GENERATORS.map((g) => g.name).filter((n) => lightTierFor(n, {}, []));
  expect(off).toEqual(GENERATORS.map((g) => g.name).filter((n) => !['db-seed', 'db-verify'].includes(n)));
  expect([...DESIGN_COMMANDS].every((n) => GENERATORS.some((g) => g.name === n))).toBe(true);
  expect(lightTierFor('db-seed', {}, [])).toBe(false);
  expect(lightTierFor('db-verify', {}, [])).toBe(false);
});

test('DB_SCAFFOLD_V8=default, or a tier flag given to node, leaves V8 as it is', () => {
  expect(lightTierFor('db-schema', { DB_SCAFFOLD_V8: 'default' }, [])).toBe(false);
  expect(lightTierFor('db-schema', { DB_SCAFFOLD_V8: 'light' }, [])).toBe(true);
  const tiers = ['--opt', '--no-opt', '--turbofan', '--max-opt=3', '--maglev', '--no-sparkplug', '--always-sparkplug'];
  for (const flag of tiers) {
    expect([flag, lightTierFor('db-change', {}, [flag]), lightTierFor('db-change', { NODE_OPTIONS: `--x ${flag}` }, [])])
      .toEqual([flag, false, false]);
  }
  for (const flag of ['--trace-opt', '--optimize-for-size', '--max-old-space-size=4096', '--enable-source-maps']) {
    expect([flag, lightTierFor('db-change', { NODE_OPTIONS: flag }, [flag])]).toEqual([flag, true]);
  }
});

describe('in a node process (V8 itself asked)', () => {
  let tier = '';
  beforeAll(() => { tier = join(packageCopy(), 'dist', 'src', 'cli', 'v8-tier.js'); });
  const probe = (command: string, env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', PROBE, tier, command], {
      encoding: 'utf8', env: { PATH: process.env.PATH, ...env },
    });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { light: boolean; whileLight: boolean; afterFull: boolean };
  };

  test('a design command: TurboFan compiles nothing once set, and compiles again after fullTier', () => {
    expect(probe('db-schema')).toEqual({ light: true, whileLight: false, afterFull: true });
  });

  test('db-seed, db-verify and DB_SCAFFOLD_V8=default: TurboFan compiles throughout', () => {
    const runs = [['db-seed', {}], ['db-verify', {}], ['db-entity', { DB_SCAFFOLD_V8: 'default' }]] as const;
    for (const [command, env] of runs) {
      expect(probe(command, env)).toEqual({ light: false, whileLight: true, afterFull: true });
    }
  });
});
