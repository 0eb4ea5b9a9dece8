/**
 * `.gitignore` must ignore the secrets before anything is written there. In a git repository git itself
 * decides (`git check-ignore`, so `secrets/*` followed by `!secrets/db.env` counts as NOT ignored); outside
 * one the file's own lines do, negations included. When not ignored, `secrets/` is appended: a folder rule
 * at the end wins, since nothing inside an excluded folder can be re-included.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { FileRecord } from './files.js';

/** node:child_process loaded when git is asked (in a repository), not with the pack (~40 M instructions). */
const childProcess = () => createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');

/** Could git see a repository here? No `.git` in `root` or above it (and no GIT_DIR): git is not asked. */
function inRepository(root: string): boolean {
  if (process.env.GIT_DIR) return true;
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** What git says of each path in `root`: ignored, not ignored, or undefined (not a repository, or no git). */
export function gitIgnores(root: string, paths: string[]): (boolean | undefined)[] {
  if (!paths.length || !inRepository(root)) return paths.map(() => undefined);
  const r = childProcess().spawnSync('git', ['-C', root, 'check-ignore', '--', ...paths], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0 && r.status !== 1) return paths.map(() => undefined);
  const ignored = new Set((r.stdout ?? '').split('\n'));
  return paths.map((p) => ignored.has(p));
}

/** Is `path` tracked by git already (ignoring it then changes nothing)? */
const gitTracks = (root: string, path: string) => inRepository(root)
  && childProcess().spawnSync('git', ['-C', root, 'ls-files', '--error-unmatch', '--', path], { stdio: 'ignore', timeout: 10_000 }).status === 0;

/** Without git: a line naming the folder (or all in it), not negated by a later `!…` line for it. */
function linesIgnore(old: string, entry: string): boolean {
  const bare = entry.replace(/\/$/, '');
  const lines = old.split(/\r?\n/).map((l) => l.trim());
  const last = lines.map((l) => [entry, bare, `/${entry}`, `/${bare}`, `${bare}/*`, `/${bare}/*`].includes(l)).lastIndexOf(true);
  return last >= 0 && !lines.slice(last + 1).some((l) => l.startsWith('!') && l.replace(/^!\/?/, '').startsWith(bare));
}

/** A rule the tool needs in `.gitignore`: the entry, a path it must ignore (asked of git), the comment above it. */
export interface IgnoreRule { entry: string; probe: string; why: string }

/** The tool's own files: a branch must never bring a run folder or a lock (io/journal-trust.ts). */
export const RUN_RULES: IgnoreRule[] = [
  { entry: '.db-scaffold-run/', probe: '.db-scaffold-run/journal.json', why: "a run's staging folder and lock stay on this machine" },
  { entry: '.db-scaffold.lock', probe: '.db-scaffold.lock', why: "a run's staging folder and lock stay on this machine" },
];

/** The `.gitignore` record that makes every rule's entry ignored (appending those that are not), or undefined. */
export function gitignoreRecord(root: string, rules: IgnoreRule[]): FileRecord | undefined {
  const file = join(root, '.gitignore');
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const git = gitIgnores(root, rules.map((r) => r.probe));
  const missing = rules.filter((r, i) => !(git[i] ?? linesIgnore(old, r.entry)));
  if (missing.length === 0) return undefined;
  const sep = old && !old.endsWith('\n') ? '\n' : '';
  const lines = missing.flatMap((r, i) => (i > 0 && missing[i - 1].why === r.why ? [r.entry] : [`# db-scaffold: ${r.why}`, r.entry]));
  return { path: '.gitignore', body: `${old}${sep}${lines.join('\n')}\n` };
}

/** Lines to warn with (never the file's content): an existing secret file others can read, or git tracking it. */
export function secretWarnings(root: string, path: string): string[] {
  const file = join(root, path);
  if (!existsSync(file)) return [];
  const out: string[] = [];
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) out.push(`${path} is readable by other users (mode ${mode.toString(8).padStart(4, '0')}); restrict it: chmod 600 ${path}`);
  if (gitTracks(root, path)) out.push(`${path} is tracked by git, so ignoring it changes nothing; untrack it: git rm --cached ${path}`);
  return out;
}
