/** A core as a plop generator: prompts gather (asking only with a terminal; Ctrl-C cancels while asking),
 *  actions write the plan through the one write path under the target's lock. */
import type { NodePlopAPI } from 'plop';
import { destOf, parseArgs } from '../src/cli/args.js';
import { generatorHelp } from '../src/cli/help.js';
import { checkOptions } from '../src/cli/options.js';
import type { WriteResult } from '../src/io/files.js';
import { applyPlan } from '../src/io/apply.js';
import { planChecked } from '../src/io/expr-check.js';
import { takePending } from '../src/model/engine-expr.js';
import { fail } from '../src/base/errors.js';
import { withTarget } from '../src/io/session.js';
import { holdForTests } from '../src/io/testing.js';
import type { Inquirer } from '../src/wizard/io.js';
import { armInterrupt, disarmInterrupt } from '../src/wizard/tty/session.js';
import { DEST, isInteractive, writtenLine, type Core, type Data, type Plan } from './shared.js';

type Action = string | ((answers: object) => string | Promise<string>);

/** Under the target's lock: plan from the state as it is now, write all or nothing; the written lines, then the plan's lines. */
export function runPlan(dest: string, plan: (root: string) => Plan): { written: WriteResult[]; after: string[] } {
  return withTarget(dest, (root) => {
    holdForTests();
    const p = plan(root);
    const unrun = takePending()[0]; // the prompts run them; a caller that skips the prompts (runActions) did not
    if (unrun) fail(`${unrun.where}: default(expr(${unrun.expr})) is ${unrun.engine} SQL not run yet, and it is checked by running it; `
      + 'run the generator through plop or db-scaffold (their prompts run it), or use the shared forms');
    return { written: applyPlan(root, p.files), after: p.after.filter(Boolean) };
  });
}

/** A run → plop actions: each written path (plop prints it after its marker), then the printed lines. */
export function toActions(dest: string, core: Core, raw: Data): Action[] {
  const r = runPlan(dest, (root) => core.plan(raw, root));
  return [...r.written.map((w) => () => writtenLine(w)), ...r.after];
}

/** The plop generator of a core: prompts gather (asking only with a terminal), actions write the plan. */
export function register(plop: NodePlopAPI, core: Core): void {
  const { run } = core;
  if (run) { // a command (db-verify): no prompts; its lines printed as it goes, its exit code kept
    const tokens = () => process.argv.slice(process.argv.indexOf(core.name) + 1);
    plop.setGenerator(core.name, { description: core.description, prompts: async () => ({}), actions: [async () => {
      process.exitCode = await run(tokens(), plop.getDestBasePath());
      // --json: stdout is the one document; plop's own success line (on stdout when NODE_ENV=test) must not follow it.
      if (tokens().includes('--json')) await new Promise<never>(() => process.stdout.write('', () => process.exit()));
      return `${core.name}: exit ${process.exitCode}`;
    }] });
    return;
  }
  plop.setGenerator(core.name, {
    description: core.description,
    prompts: async (inquirer: unknown) => {
      const args = parseArgs();
      if (args.help) {
        process.stdout.write(`${generatorHelp(core)}\n`);
        process.exit(0);
      }
      checkOptions(core, args);
      const dest = destOf(args, plop.getDestBasePath());
      if (isInteractive()) armInterrupt();
      const data = await core.gather(args, dest, isInteractive() ? (inquirer as Inquirer) : undefined);
      disarmInterrupt();
      // a default(expr(…)) the answers bring is run on its engine here (the actions plan again, and say why it was refused)
      if (/expr\s*\(/i.test(JSON.stringify(data))) await planChecked(dest, () => core.plan(data, dest)).catch(() => undefined);
      return { ...data, [DEST]: dest };
    },
    actions: (data?: Data) => {
      const raw = data ?? {};
      const dest = typeof raw[DEST] === 'string' ? (raw[DEST] as string) : plop.getDestBasePath();
      const load = core.load;
      if (!load) return toActions(dest, core, raw);
      const say = (l: string) => process.stdout.write(`${l}\n`);
      return [...toActions(dest, core, raw), async () => { // after the write (db-seed --apply); a failure: its line, exit 1
        try { await load(raw, dest, say); } catch (e) { process.exitCode = 1; throw e; }
        return `${core.name}: done`;
      }];
    },
  });
}
