/**
 * A refused run inside plop's own command line (`npx plop …`, or the bin handing a terminal run to plop) prints
 * what plop prints for a generator that throws (`[ERROR] <the line>`, exit 1), not a failed action's `✖ ->` line.
 * Through node-plop's API (a script, the tests) it stays the action's failure (runActions' `failures`).
 */
import { createRequire } from 'node:module';

const PLOP_CLI = /(plop|db-scaffold)(\.js)?$/;

export function refused(e: unknown, argv: string[] = process.argv): never {
  if (!PLOP_CLI.test(argv[1] ?? '')) throw e;
  const colours = createRequire(import.meta.resolve('plop'))('picocolors') as { red: (s: string) => string }; // plop's own
  console.error(colours.red('[ERROR]'), e instanceof Error ? e.message : String(e));
  process.exit(1);
}
