/**
 * Glue shared by every generator: where to write, who answers, how a plan becomes plop actions. A generator
 * is a `Core` (pending / gather / plan) with no runtime tie to plop: the bin runs it directly when nothing is
 * left to ask, and `register` (plop.ts) wraps the same functions for plop.
 */
import { SomeAnswers, type Answers, type Spec } from '../src/state/answers-schema.js';
import type { CliArgs } from '../src/cli/args.js';
import { givenAnswers, requireKeys } from '../src/cli/given.js';
import { fail } from '../src/cli/errors.js';
import type { FileRecord, WriteResult } from '../src/io/files.js';
import type { Design } from '../src/state/design-schema.js';
import { loadDesign, requireDesign, type Saved } from '../src/state/store.js';
import type { Inquirer } from '../src/wizard/io.js';
import { ormOwnsMigrations } from '../src/runners/owner.js';

export const DEST = '__dest';
export type Data = Record<string, unknown>;

/** What a run writes (in order, the state record last) and the lines printed after the written paths. */
export interface Plan { files: FileRecord[]; after: string[]; inferred?: string[] } // inferred: what the names gave (the preview)

export interface Core {
  name: string;
  description: string;
  /** The keys a terminal would still be asked for at `dest`; none: the run needs no prompts. */
  pending(args: CliArgs, dest: string): string[];
  /** The prompts: given (and saved) answers, the rest asked with `inq`; without `inq` nothing is asked. */
  gather(args: CliArgs, dest: string, inq: Inquirer | undefined): Promise<Data>;
  /** Answers → file records and printed lines, all in memory (nothing written); async: a seed tier loads faker first. */
  plan(data: Data, dest: string): Promise<Plan>;
  /** For `--help`: the answer keys it takes and an example invocation (after the generator's name). */
  keys: (keyof Answers)[];
  /** Further keys it takes (never asked: a spec or flag gives them), with what each says, for `--help`. */
  more?: Readonly<Record<string, string>>;
  example: string;
  /** After the plan is written and printed (db-seed --apply loads db/seed.sql), under the same lock. */
  load?: (data: Data, dest: string, say: (line: string) => void) => Promise<void>;
  /** A command rather than a writer (db-verify): its arguments → printed lines and the exit code. */
  run?: (tokens: string[], cwd: string) => Promise<number>;
  options?: string[];             // --help's lines for a command's own options
}

/** Set by gather when there is nothing to write (a finished design, a cancelled preview): the line to print. */
export const SAID = '__said';
export const saidOf = (d: Data): string | undefined => (typeof d[SAID] === 'string' ? (d[SAID] as string) : undefined);

/** The design gather read, kept in the run's data: the bin gathers and plans under one lock, so plan uses it
 *  rather than reading db/design.json again. plop plans under a later lock: its prompts drop it (plop.ts). */
export const READ = '__design';
export const designOf = (d: Data, dest: string, what: string): Saved => (d[READ] as Saved | undefined) ?? requireDesign(dest, what);

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
  const own = ormOwnsMigrations(a.orm);
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
  const r = SomeAnswers.safeParse(withDefaults, { jitless: true }); // parsed once: zod's compiled path costs more
  if (!r.success) fail(`answers: ${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message}`);
  return r.data as Pick<Answers, K>;
}

/** Existing state for an actions function run without prompts (node-plop runActions); the wizard's
 *  unfinished marker is dropped, so a resumed run ends in the same bytes as an uninterrupted one. */
export function existingAt(dest: string): Design | undefined {
  const d = loadDesign(dest);
  if (d) delete d.wizard;
  return d;
}

/** The line printed for one written record (plop shows it after its action marker). */
export const writtenLine = (r: WriteResult) => `${r.status.padEnd(9)} ${r.path}`;
