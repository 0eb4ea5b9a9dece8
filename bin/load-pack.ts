/**
 * Loads the pack (dist/bin/pack.cjs: the bin and the plopfile in one bundle, scripts/bundle-bin.mjs) as a vm.Script
 * with V8's code cache: the build runs a design once per V8 tier (src/cli/v8-tier.ts) and keeps the bytecode V8
 * compiled for it (`pack.light.<id>.cache`, `pack.full.<id>.cache`), so a run neither parses the bundle nor compiles what that
 * run used before. V8 takes a cache only from its own version and flags; anything else (another node, a flag in
 * NODE_OPTIONS) is rejected by V8 and the bundle compiles as it would without one: same result, no cache.
 * One pack per process (a global): the bin's plop path loads the plopfile, which finds the pack the bin loaded.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runInThisContext, Script } from 'node:vm';
import { tierNow, unboundHeap, type Tier } from '../src/cli/v8-tier.js';

export interface Pack { start(): void; plopfile(plop: unknown): Promise<void> }

const HERE = dirname(fileURLToPath(import.meta.url));
const PACK = join(HERE, 'pack.cjs');
const KEY = Symbol.for('db-scaffold.pack');
/** The bundle's free names: CommonJS's five, its import.meta.url and .resolve, the import() of packages outside it
 *  and what that import() loaded (an ES-module-only package a lazily run module imports: scripts/bundle-bin.mjs). */
const PARAMS = 'exports, require, module, __filename, __dirname, __dbsUrl, __dbsResolve, __dbsImport, __dbsPreloaded';

declare const __PACK_ID__: string; // the pack's hash, defined by scripts/bundle-bin.mjs
const cacheFile = (tier: Tier) => join(HERE, `pack.${tier}.${__PACK_ID__}.cache`);

/** A cache file: the SHA-256 of V8's data, then the data. V8 checks a cache's version, flags and source length but
 *  not its bytes (a damaged one can crash it): a cache whose digest does not match is not handed to V8. */
const digest = (data: Uint8Array) => createHash('sha256').update(data).digest();

function cached(tier: Tier): Buffer | undefined {
  let file: Buffer;
  try { file = readFileSync(cacheFile(tier)); } catch { return undefined; }
  const data = file.subarray(32);
  return digest(data).equals(file.subarray(0, 32)) ? data : undefined;
}

const withDigest = (data: Buffer) => Buffer.concat([digest(data), data]);

/** The pack, compiled under the V8 tier now set (the bin sets it first: the cache is made per tier). */
export function loadPack(): Pack {
  const g = globalThis as { [KEY]?: Pack };
  if (g[KEY]) return g[KEY];
  const tier = tierNow();
  const source = `(function (${PARAMS}) {${readFileSync(PACK, 'utf8')}\n})`;
  // A vm.Script runs in node's main realm: loaded from another (jest's test context), the pack is evaluated there
  const own = runInThisContext('globalThis') === globalThis;
  const script = own ? new Script(source, { filename: PACK, cachedData: cached(tier) }) : undefined;
  const module = { exports: {} as Pack };
  const resolve = (specifier: string): string => import.meta.resolve(specifier);
  const loaded = new Map<string, unknown>();
  const load = async (specifier: string): Promise<unknown> => {
    const m: unknown = await import(specifier);
    loaded.set(specifier, m);
    return m;
  };
  const preloaded = (specifier: string): unknown => {
    if (!loaded.has(specifier)) throw new Error(`db-scaffold: ${specifier} used before its module loaded it`);
    return loaded.get(specifier);
  };
  const run = (script ? script.runInThisContext() : (0, eval)(`${source}\n//# sourceURL=${PACK}`)) as (...a: unknown[]) => void;
  run(module.exports, createRequire(PACK), module, PACK, HERE, pathToFileURL(PACK).href, resolve, load, preloaded);
  const mode = process.env.DB_SCAFFOLD_CODE_CACHE; // the build's (scripts/bundle-cache.mjs)
  if (mode === 'report') process.stderr.write(`code cache ${tier}: ${script?.cachedDataRejected === false ? 'taken' : 'not taken'}\n`);
  // the bytecode of what the run compiled, kept if the tier never changed
  if (mode === 'write' && script) {
    process.once('exit', () => {
      if (tierNow() !== tier) return;
      unboundHeap(); // the flags the cache is keyed by: those the pack was loaded with
      writeFileSync(cacheFile(tier), withDigest(script.createCachedData()));
    });
  }
  return (g[KEY] = module.exports);
}
