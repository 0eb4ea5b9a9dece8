/**
 * V8's tiers for a design run (BENCHMARKS.md "V8's tiers for the design commands"): a design run calls most of
 * its per-entity functions about once per entity, so at 1,000 entities V8's optimizing compiler (TurboFan) spent
 * more time compiling them than the compiled code saved. The bin turns TurboFan off (`--no-opt`: the interpreter
 * and Sparkplug only) for the design commands, and on again before the seed renderer runs (a seed tier writes
 * rows in tight loops that TurboFan pays for: `seedReady`); db-seed and db-verify never have it off.
 * Left as it is: DB_SCAFFOLD_V8=default, or a tier flag the user gave node (node's arguments, NODE_OPTIONS).
 */
import { setFlagsFromString } from 'node:v8';

/** The commands that run with TurboFan off (db-schema's phases are db-schema's work, one phase at a time). */
export const DESIGN_COMMANDS: ReadonlySet<string> = new Set([
  'db-schema', 'db-intake', 'db-entities', 'db-ddl', 'db-migrations',
  'db-entity', 'db-field', 'db-relation', 'db-change', 'db-import',
]);

const USER_TIER = /--(?:no-)?(?:opt|turbofan|maglev|sparkplug|always-sparkplug)\b|--max-opt\b/;

/** The tier, one per process: the bin's entry sets it before the pack loads, and the pack's copy of this module
 *  (dist/bin/pack.cjs, bin/load-pack.ts) reads the same state. */
const STATE = Symbol.for('db-scaffold.v8-light');
const HEAP = Symbol.for('db-scaffold.v8-heap');
const state = globalThis as { [STATE]?: boolean; [HEAP]?: boolean };
const isOff = () => state[STATE] === true;

/** A tier the code cache is made for: `light` (TurboFan off) or `full` (V8 as it started). */
export type Tier = 'light' | 'full';
export const tierNow = (): Tier => (isOff() ? 'light' : 'full');

/** The V8 flags the user gave node: its own arguments and NODE_OPTIONS. */
const nodeFlags = (env: NodeJS.ProcessEnv, nodeArgs: readonly string[]) => [...nodeArgs, env.NODE_OPTIONS ?? ''].join(' ');

/** Whether a run of `command` would turn TurboFan off (the env and node's own arguments given). */
export function lightTierFor(command: string, env: NodeJS.ProcessEnv, nodeArgs: readonly string[]): boolean {
  if (!DESIGN_COMMANDS.has(command) || env.DB_SCAFFOLD_V8 === 'default') return false;
  return !USER_TIER.test(nodeFlags(env, nodeArgs));
}

/** At the start of the bin's run of `command`: TurboFan off for a design command, on for any other (whether off). */
export function lightTier(command: string): boolean {
  if (!lightTierFor(command, process.env, process.execArgv)) return fullTier(), false;
  if (!isOff()) setFlagsFromString('--no-opt');
  return (state[STATE] = true);
}

/** Before work that runs hot loops (the seed renderer): TurboFan on again, if the bin turned it off. */
export function fullTier(): void {
  if (!isOff()) return;
  setFlagsFromString('--opt');
  state[STATE] = false;
}

const USER_HEAP = /--(?:heap-growing-percent|max-old-space-size|max-heap-size|optimize-for-size)\b/;

/**
 * After the pack is loaded (a flag set before would refuse its code cache), for a design command: V8 grows the
 * heap after a full collection to at most 2× what was live (`--heap-growing-percent=100`; by default up to ~4×),
 * so a design of 10,000 entities peaks at ~250 MB instead of ~300–310 (BENCHMARKS.md), at about the same CPU.
 * Left as it is for DB_SCAFFOLD_V8=default or a heap flag of the user's own.
 */
export function boundHeap(command: string): void {
  if (!lightTierFor(command, process.env, process.execArgv)) return;
  if (USER_HEAP.test(nodeFlags(process.env, process.execArgv))) return;
  setFlagsFromString('--heap-growing-percent=100');
  state[HEAP] = true;
}

/** V8's flags as the pack was loaded with, before a code cache is made (V8 keys a cache by its flags). */
export function unboundHeap(): void {
  if (state[HEAP]) setFlagsFromString('--heap-growing-percent=0');
  state[HEAP] = false;
}
