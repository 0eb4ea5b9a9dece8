/**
 * The bin's fast path (bin/db-scaffold.ts, `fast`) in the test's own process, for files that run many refusals:
 * the same argv handling, options check, lock, gather, plan and write, in `cwd` with the bin's environment
 * (CI mode, the clock pinned). What the bin prints for a user error (`[ERROR] <message>`, exit 1) is what this
 * returns for one; anything else is thrown, as the bin would print its stack. It proves the message and that
 * nothing is written, not the bin's own printing: keep a spawned run (support/bin-run.ts) of each kind of refusal.
 */
import { parseArgs } from '../../src/cli/args.js';
import { isUserError } from '../../src/cli/errors.js';
import { invocation, normalArgv } from '../../src/cli/invocation.js';
import { checkOptions } from '../../src/cli/options.js';
import { generatorNamed } from '../../generators/registry.js';
import { runOnTarget } from '../../generators/run.js';
import type { WriteResult } from '../../src/io/files.js';
import { writtenLine } from '../../generators/shared.js';
import { NOW, type Run } from './bin-run.js';

async function fastPath(argv: string[], out: string[]): Promise<void> {
  const inv = invocation(argv, generatorNamed);
  const core = inv.name === undefined ? undefined : generatorNamed(inv.name);
  if (!core || core.run) throw new Error(`not a generator with a fast path: ${argv.slice(2).join(' ')}`);
  const args = parseArgs(normalArgv(argv, inv));
  checkOptions(core, args);
  const dest = args.dest ?? inv.dest ?? process.cwd();
  const sink = { written: (w: WriteResult) => out.push(writtenLine(w)), after: () => undefined };
  await runOnTarget(core, dest, (root) => core.gather(args, root, undefined), sink);
}

/** `db-scaffold …args` in `cwd`, in this process: status 0 or 1, the lines written (out) or the error line (err). */
export async function runInProcess(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Omit<Run, 'loaded'>> {
  const vars = { CI: 'true', DB_SCAFFOLD_NOW: NOW, ...env };
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const home = process.cwd();
  const out: string[] = [];
  Object.assign(process.env, vars);
  process.chdir(cwd); // a relative --spec is read from the cwd, as the bin reads it
  try {
    await fastPath([process.execPath, 'db-scaffold.js', ...args], out);
    return { status: 0, out, err: [] };
  } catch (e) {
    if (!isUserError(e)) throw e;
    return { status: 1, out, err: `[ERROR] ${e.message}`.split('\n') }; // as the bin's stderr, line by line
  } finally {
    process.chdir(home);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
}
