/**
 * The options a generator takes, for its help and for refusing the rest: `--spec`, `--dest`, `--help`, its
 * answer keys and its further keys (db-schema: existing, timestamps, rows, safety, the timeouts; db-change: renames, replace,
 * allowDestructive, backfill, renameValues). An unknown or misplaced one is refused in one line with the closest form.
 */
import type { CliArgs } from './args.js';
import { fail } from './errors.js';
import { closest } from './help.js';
import { Answers } from '../state/answers-schema.js';

const ANSWER_KEYS = Object.keys(Answers.shape);

export interface Optioned { name: string; keys: readonly string[]; more?: Readonly<Record<string, string>> }

export const ALWAYS = ['spec', 'dest', 'help'];

/** Every key `--<key>` may name for this generator (after `--`, or before it: the bin moves it there). */
export const optionKeys = (g: Optioned): string[] => [...new Set([...ALWAYS, ...g.keys, ...Object.keys(g.more ?? {})])];

/** Where a key is near a known one: ` did you mean --x?`; else nothing. */
export function didYouMean(typed: string, known: readonly string[], prefix = '--'): string {
  const near = closest(typed, known);
  return near.length ? ` did you mean ${near.map((n) => `${prefix}${n}`).join(' or ')}?` : '';
}

/** `; did you mean …?` or nothing. */
export const semi = (hint: string) => (hint ? `;${hint}` : '');

/** One line for an option the generator does not take. */
export function unknownOption(g: Optioned, typed: string): string {
  const keys = optionKeys(g);
  return `${g.name}: unknown option --${typed}${semi(didYouMean(typed, keys))} (${g.name} takes ${keys.map((k) => `--${k}`).join(', ')})`;
}

/** Refuse the first `--key value` after `--` that the generator does not take. */
export function checkOptions(g: Optioned, args: CliArgs): void {
  const keys = optionKeys(g);
  const bad = Object.keys(args.values).find((k) => !keys.includes(k));
  if (bad && (ANSWER_KEYS as string[]).includes(bad)) fail(`${g.name}: '${bad}' comes from db/design.json; give only ${g.keys.join(' and ')}`);
  if (bad) fail(unknownOption(g, bad));
}
