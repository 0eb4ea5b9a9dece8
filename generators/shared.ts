/** Glue shared by every generator: where to write, who answers, how records become plop actions. */
import type { NodePlopAPI } from 'plop';
import { Answers, type Spec } from '../src/state/answers-schema.js';
import { destOf, parseArgs } from '../src/cli/args.js';
import { givenAnswers, requireKeys } from '../src/cli/given.js';
import { fail } from '../src/cli/errors.js';
import { preflight, writeRecord, type FileRecord } from '../src/io/files.js';
import type { Design } from '../src/state/design-schema.js';
import { loadDesign } from '../src/state/store.js';
import type { Inquirer } from '../src/wizard/io.js';

export const DEST = '__dest';
export type Collected = Spec & { [DEST]: string };

export const isInteractive = () => !!process.stdin.isTTY && !!process.stdout.isTTY && process.env.CI !== 'true';

/** Defaults: `irreversible` is optional; everything else is asked or given. */
export const OPTIONAL: Spec = { irreversible: [] };

/** Start of every prompts function: the destination, the state there, the given answers, the inquirer to ask with. */
/** `keys` must be known (saved or given); `fresh` keys are asked again even when saved (a re-run phase). */
export function start(plop: NodePlopAPI, inquirer: Inquirer, keys: (keyof Answers)[], fresh: (keyof Answers)[] = []) {
  const args = parseArgs();
  const dest = destOf(args, plop.getDestBasePath());
  const existing = loadDesign(dest);
  const saved = Object.fromEntries(Object.entries(existing?.answers ?? {}).filter(([k]) => !fresh.includes(k as keyof Answers)));
  const given = { ...saved, ...givenAnswers(args) };
  const interactive = isInteractive();
  requireKeys({ ...OPTIONAL, ...given }, [...keys, ...fresh], interactive);
  return { dest, existing, given, inq: interactive ? inquirer : undefined };
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

export function destFrom(plop: NodePlopAPI, answers: Record<string, unknown>): string {
  return typeof answers[DEST] === 'string' ? (answers[DEST] as string) : plop.getDestBasePath();
}

/** Existing state for an actions function run without prompts (node-plop runActions). */
export function existingAt(dest: string): Design | undefined {
  return loadDesign(dest);
}

type Action = string | ((answers: object) => string);

/** File records → plop actions, in order (the state record comes last); then the printed lines. */
export function toActions(dest: string, files: FileRecord[], after: string[]): Action[] {
  preflight(dest, files);
  return [
    ...files.map((f) => () => {
      const r = writeRecord(dest, f);
      return `${r.status.padEnd(9)} ${r.path}`;
    }),
    ...after.filter(Boolean),
  ];
}
