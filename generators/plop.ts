/** A core as a plop generator: prompts gather (asking only with a terminal; Ctrl-C cancels while asking),
 *  actions write the plan through the one write path under the target's lock. */
import type { NodePlopAPI } from 'plop';
import { destOf, parseArgs } from '../src/cli/args.js';
import { generatorHelp } from '../src/cli/help.js';
import { checkOptions } from '../src/cli/options.js';
import type { Inquirer } from '../src/wizard/io.js';
import { armInterrupt, disarmInterrupt } from '../src/wizard/tty/session.js';
import { refused } from './plop-refused.js';
import { runOnTarget } from './run.js';
import { DEST, isInteractive, READ, saidOf, writtenLine, type Core, type Data } from './shared.js';

type Action = string | ((answers: object) => string | Promise<string>);

/**
 * A run → plop actions. node-plop builds the list synchronously, so one async action runs the whole run
 * (runOnTarget) and resolves to the first written path; the other paths (plop prints each after its marker),
 * the plan's lines and `rest` (db-seed --apply) are appended to the list node-plop is walking (it reads the
 * list as it goes), so plop prints them in order, as their own lines.
 */
export function runActions(core: Core, dest: string, raw: Data, rest: Action[] = []): Action[] {
  const actions: Action[] = [async () => {
    const written: string[] = [];
    const after: string[] = [];
    try {
      await runOnTarget(core, dest, async () => raw, { written: (w) => written.push(writtenLine(w)), after: (b) => after.push(b) });
    } catch (e) {
      return refused(e);
    }
    actions.push(...written.slice(1).map((l) => () => l), ...after, ...rest);
    return written[0] ?? '';
  }];
  return actions;
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
      const { [READ]: _read, ...data } = await core.gather(args, dest, isInteractive() ? (inquirer as Inquirer) : undefined);
      disarmInterrupt();
      return { ...data, [DEST]: dest }; // the design is read again under the actions' lock
    },
    actions: (data?: Data) => {
      const raw = data ?? {};
      const said = saidOf(raw);
      if (said !== undefined) return [said]; // nothing to write (a finished design, a cancelled preview)
      const dest = typeof raw[DEST] === 'string' ? (raw[DEST] as string) : plop.getDestBasePath();
      const load = core.load;
      if (!load) return runActions(core, dest, raw);
      const say = (l: string) => process.stdout.write(`${l}\n`);
      return runActions(core, dest, raw, [async () => { // after the write (db-seed --apply); a failure: its line, exit 1
        try { await load(raw, dest, say); } catch (e) { process.exitCode = 1; throw e; }
        return `${core.name}: done`;
      }]);
    },
  });
}
