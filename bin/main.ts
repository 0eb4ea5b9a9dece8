/**
 * `npx db-scaffold <generator> [--dest DIR] [-- --spec FILE --key value …]`: the pack's generators with no
 * plopfile, writing into the cwd (or --dest). This is the bin's work; bin/db-scaffold.ts loads it (load-pack.ts).
 *
 * Fast path: with no terminal (stdin or stdout not a TTY, or CI=true), or when every answer the generator
 * would ask is given (--spec, bypass flags, db/design.json), the generator's core runs here directly:
 * gather the answers (nothing asked), plan the files in memory, write them (state last), print the lines;
 * no plop, node-plop nor inquirer loaded, and faker only for a seed tier other than skip.
 * Otherwise (a terminal and something to ask, or plop's own flags) plop runs the pack as before.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importEsm } from '../src/base/esm-import.js';
import { parseArgs } from '../src/cli/args.js';
import { isUserError, printable } from '../src/cli/errors.js';
import { generatorHelp, unknownGenerator } from '../src/cli/help.js';
import { invocation, normalArgv, type Invocation } from '../src/cli/invocation.js';
import { checkOptions } from '../src/cli/options.js';
import { boundHeap, lightTier } from '../src/cli/v8-tier.js';
import { PACKAGE_ROOT } from '../src/core/paths.js';
import type { WriteResult } from '../src/io/files.js';
import { ioLine, isFsError } from '../src/io/fs-errors.js';
import { GENERATORS, generatorNamed } from '../generators/registry.js';
import { runOnTarget } from '../generators/run.js';
import { isInteractive, writtenLine, type Core } from '../generators/shared.js';

const PLOPFILE = join(PACKAGE_ROOT, 'dist', 'plopfile.js');
const NAMES = GENERATORS.map((g) => g.name).join(', ');

const say = (line: string) => process.stdout.write(`${line}\n`);
function error(message: string): void {
  const tag = process.stderr.isTTY && !process.env.NO_COLOR ? '\x1b[31m[ERROR]\x1b[39m' : '[ERROR]';
  process.stderr.write(`${tag} ${message}\n`);
  process.exitCode = 1;
}

function usage(): void {
  say('Usage: db-scaffold <generator> [--dest DIR] [-- --spec FILE] [-- --<answer> VALUE …]\n\nGenerators:');
  for (const g of GENERATORS) say(`  ${g.name.padEnd(15)} ${g.description}`);
  say('\nWithout a terminal (or with every answer given) nothing is asked; answers come from --spec and the flags.');
}

/** Under the target's lock from before the state is read until the state is written (all or nothing, io/apply.ts);
 *  false: something is left to ask in a terminal (plop asks it). */
async function fast(core: Core, inv: Invocation): Promise<boolean> {
  const args = parseArgs(process.argv);
  if (args.help) { say(generatorHelp(core)); return true; }
  checkOptions(core, args);
  const dest = args.dest ?? inv.dest ?? process.cwd();
  const answers = async (root: string) => (isInteractive() && core.pending(args, root).length ? undefined : core.gather(args, root, undefined));
  const out = {
    written: (w: WriteResult) => say(writtenLine(w)),
    after: (block: string) => say(`${block.includes('\n') ? '\n' : ''}${block.replace(/\n+$/, '')}`),
  };
  const load = core.load;
  return runOnTarget(core, dest, answers, out, load && ((data, root) => load(data, root, say)));
}

/** plop as before; a pack that fails to load is one line and exit 1 (plop itself would print and exit 0). */
async function viaPlop(): Promise<void> {
  try {
    await importEsm(pathToFileURL(PLOPFILE).href);
  } catch (e) {
    return error(`cannot load the generator pack ${PLOPFILE}: ${String((e as Error)?.message ?? e).split('\n')[0]}`);
  }
  const { Plop, run } = await importEsm<typeof import('plop')>('plop');
  const cwd = process.cwd();
  Plop.prepare({ cwd, configPath: PLOPFILE, preload: [], completion: undefined }, (env) =>
    Plop.execute(env, async (env2: object) => {
      const plop: unknown = await run({ ...env2, dest: cwd } as never, undefined, true);
      if (!plop) process.exitCode = 1; // run() returns the node-plop instance, nothing when the pack failed to set up
    }));
}

async function main(): Promise<void> {
  const inv = invocation(process.argv, generatorNamed);
  process.argv = normalArgv(process.argv, inv); // options before `--` count as if after it (plop reads argv too)
  const named = inv.name === undefined ? undefined : generatorNamed(inv.name);
  if (inv.help && inv.name !== undefined && !named) return error(unknownGenerator(inv.name, GENERATORS.map((g) => g.name)));
  if (inv.help || (named?.run && inv.after.includes('--help'))) return named ? void say(generatorHelp(named)) : usage();
  if ((inv.other.length && !named?.run) || (inv.name === undefined && isInteractive())) return viaPlop(); // plop's flags; its menu
  if (inv.name === undefined) return error(`no generator given; one of: ${NAMES} (db-scaffold --help)`);
  if (!named) return error(unknownGenerator(inv.name, GENERATORS.map((g) => g.name)));
  lightTier(named.name); // a design command: V8's TurboFan off (src/cli/v8-tier.ts; DB_SCAFFOLD_V8=default keeps it)
  boundHeap(named.name); // and its heap grown by at most 2× what is live
  if (named.run) return void (process.exitCode = await named.run(process.argv.slice(process.argv.indexOf(named.name) + 1), process.cwd()));
  if (!(await fast(named, inv))) await viaPlop();
}

/** The bin's run. stdout closed early (`| head -1`): the run is complete or refused already; stop printing, keep the
 *  exit code. */
export function start(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : error(ioLine(e))));
  main().catch((e: unknown) => {
    if (isUserError(e)) return error(e.message);
    if (isFsError(e)) return error(printable(ioLine(e))); // a path's name can hold a newline or a terminal escape
    error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  });
}
