/**
 * The bin's code cache (bin/load-pack.ts, scripts/bundle-cache.mjs): the build keeps V8's bytecode of a design
 * run per tier; the bin's design run (TurboFan off) and plop's (V8 as it starts) each find theirs taken. A cache
 * V8 cannot take (another flag, a damaged or foreign file) is only slower: the same files, nothing printed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageCopy } from './support/build.js';
import { runBin, runNode } from './support/bin-run.js';
import { bodies, snapshot } from './support/tree.js';
import { tempDir } from './support/temp.js';
import { ROOT } from './support/golden.js';

const SPEC = join(ROOT, 'examples', 'shop.json');
const REPORT = { DB_SCAFFOLD_CODE_CACHE: 'report' };
let pkg = '';
let work = '';
let n = 0;
const dest = () => join(work, `run-${++n}`);
const cacheOf = (tier: string) => readdirSync(join(pkg, 'dist', 'bin')).find((f) => f.startsWith(`pack.${tier}.`) && f.endsWith('.cache'));

beforeAll(() => {
  pkg = packageCopy();
  work = tempDir('code-cache');
});

/** The bin's db-schema on the shop example into a fresh folder: the report line, and the files. */
function binRun(env: Record<string, string> = {}) {
  const d = dest();
  const r = runBin(pkg, ['db-schema', '--dest', d, '--', '--spec', SPEC], work, { ...REPORT, ...env });
  expect(r.status).toBe(0);
  return { said: r.err.filter((l) => l.startsWith('code cache')), files: bodies(snapshot(d)) };
}

test('the build made one cache per tier, named by the pack it was made from', () => {
  const light = cacheOf('light');
  const full = cacheOf('full');
  expect([light, full].every(Boolean)).toBe(true);
  expect(light!.split('.')[2]).toBe(full!.split('.')[2]);
  expect(light!.split('.')[2]).toMatch(/^[0-9a-f]{12}$/);
});

test('bin and plop: each run takes the cache of its tier', () => {
  const viaBin = binRun();
  expect(viaBin.said).toEqual(['code cache light: taken']);
  const d = dest();
  const viaPlop = runNode(join(pkg, 'node_modules', 'plop', 'bin', 'plop.js'), ['db-schema', '--', '--spec', SPEC, '--dest', d], pkg, REPORT);
  expect(viaPlop.status).toBe(0);
  expect(viaPlop.err.filter((l) => l.startsWith('code cache'))).toEqual(['code cache full: taken']);
  expect(bodies(snapshot(d))).toEqual(viaBin.files);
});

test('a cache V8 cannot take: the same files, the cache not taken, nothing else said', () => {
  const base = binRun();
  const flagged = binRun({ NODE_OPTIONS: '--max-semi-space-size=4' }); // another V8 flag: V8 refuses the cache
  expect(flagged.said).toEqual(['code cache light: not taken']);
  expect(flagged.files).toEqual(base.files);
  const file = join(pkg, 'dist', 'bin', cacheOf('light')!);
  const bytes = readFileSync(file);
  writeFileSync(file, Buffer.concat([bytes.subarray(0, 64), Buffer.alloc(bytes.length - 64, 7)])); // damaged
  const damaged = binRun();
  expect(damaged.said).toEqual(['code cache light: not taken']);
  expect(damaged.files).toEqual(base.files);
  writeFileSync(file, bytes);
});
