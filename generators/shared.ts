/**
 * Glue shared by every generator: where to write, who answers, how a plan becomes plop actions. A generator
 * is a `Core` (pending / gather / plan) with no runtime tie to plop: the bin runs it directly when nothing is
 * left to ask, and `register` wraps the same functions for plop.
 */
import type { NodePlopAPI } from 'plop';
import { Answers, type Spec } from '../src/state/answers-schema.js';
import { destOf, parseArgs, type CliArgs } from '../src/cli/args.js';
import { givenAnswers, requireKeys } from '../src/cli/given.js';
import { fail } from '../src/cli/errors.js';
import type { FileRecord, WriteResult } from '../src/io/files.js';
import { applyPlan } from '../src/io/apply.js';
import { withTarget } from '../src/io/session.js';
import { holdForTests } from '../src/io/testing.js';
import type { Design } from '../src/state/design-schema.js';
import { loadDesign } from '../src/state/store.js';
import type { Inquirer } from '../src/wizard/io.js';

export const DEST = '__dest';
export type Data = Record<string, unknown>;

/** What a run writes (in order, the state record last) and the lines printed after the written paths. */
export interface Plan { files: FileRecord[]; after: string[] }

export interface Core {
  name: string;
  description: string;
  /** The keys a terminal would still be asked for at `dest`; none: the run needs no prompts. */
  pending(args: CliArgs, dest: string): string[];
  /** The prompts: given (and saved) answers, the rest asked with `inq`; without `inq` nothing is asked. */
  gather(args: CliArgs, dest: string, inq: Inquirer | undefined): Promise<Data>;
  /** Answers → file records and printed lines, all in memory (nothing written). */
  plan(data: Data, dest: string): Plan;
}

export const isInteractive = () => !!process.stdin.isTTY && !!process.stdout.isTTY && process.env.CI !== 'true';

/** Defaults: `irreversible` is optional; everything else is asked or given. */
export const OPTIONAL: Spec = { irreversible: [] };

/** The saved answers (except `fresh` keys: a re-run phase asks them again) under the given ones. */
export function givenAt(args: CliArgs, existing: Design | undefined, fresh: (keyof Answers)[] = []): Spec {
  const saved = Object.fromEntries(Object.entries(existing?.answers ?? {}).filter(([k]) => !fresh.includes(k as keyof Answers)));
  return { ...saved, ...givenAnswers(args) };
}

/** Start of every prompts function: the state at `dest` and the given answers; `keys` must be known
 *  (saved or given) and `fresh` keys given when there is nothing to ask with. */
export function start(args: CliArgs, dest: string, inq: Inquirer | undefined, keys: (keyof Answers)[], fresh: (keyof Answers)[] = []) {
  const existing = loadDesign(dest);
  const given = givenAt(args, existing, fresh);
  requireKeys({ ...OPTIONAL, ...given }, [...keys, ...fresh], !!inq);
  return { existing, given };
}

/** What the wizard would ask of `keys` (an ORM with its own runner implies the runner; auto-on-deploy with
 *  multi-replica is asked again). */
export function unanswered(a: Spec, keys: (keyof Answers)[]): string[] {
  const own = a.orm === 'prisma' || a.orm === 'sqlalchemy';
  const out: string[] = keys.filter((k) => a[k] === undefined && k !== 'existing' && !(k === 'runner' && own));
  if (keys.includes('runner') && a.runner === 'existing' && !own && a.existing === undefined) out.push('existing');
  if (keys.includes('migctl') && a.migctl === 'auto-on-deploy' && a.scale === 'multi-replica') out.push('migctl');
  return out;
}

/** Validate the complete answers for the keys a generator needs (one line on the first problem). */
export function complete<K extends keyof Answers>(a: Spec, keys: K[]): Pick<Answers, K> {
  const withDefaults = { ...OPTIONAL, ...a };
  const missing = keys.filter((k) => withDefaults[k] === undefined);
  if (missing.length) fail(`missing answers: ${missing.join(', ')} (give them in --spec FILE or as -- --${missing[0]} VALUE)`);
  const r = Answers.partial().safeParse(withDefaults);
  if (!r.success) fail(`answers: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  return r.data as Pick<Answers, K>;
}

/** Existing state for an actions function run without prompts (node-plop runActions). */
export function existingAt(dest: string): Design | undefined {
  return loadDesign(dest);
}

/** The line printed for one written record (plop shows it after its action marker). */
export const writtenLine = (r: WriteResult) => `${r.status.padEnd(9)} ${r.path}`;

type Action = string | ((answers: object) => string);

/** Under the target's lock: plan from the state as it is now, write all or nothing; the written lines, then the plan's lines. */
export function runPlan(dest: string, plan: (root: string) => Plan): { written: WriteResult[]; after: string[] } {
  return withTarget(dest, (root) => {
    holdForTests();
    const p = plan(root);
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
  plop.setGenerator(core.name, {
    description: core.description,
    prompts: async (inquirer: unknown) => {
      const args = parseArgs();
      const dest = destOf(args, plop.getDestBasePath());
      return { ...(await core.gather(args, dest, isInteractive() ? (inquirer as Inquirer) : undefined)), [DEST]: dest };
    },
    actions: (data?: Data) => {
      const raw = data ?? {};
      const dest = typeof raw[DEST] === 'string' ? (raw[DEST] as string) : plop.getDestBasePath();
      return toActions(dest, core, raw);
    },
  });
}
