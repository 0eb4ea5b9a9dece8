/**
 * db-verify: checks the design against its migrations, db/schema.sql, the engines and the live database
 * (src/verify/run.ts); writes only with --adopt / --revert (through the one write path, state last).
 * A command, not a prompt chain: `run` takes the arguments, prints, and gives the exit code (0/1/2).
 */
import { applyPlan } from '../src/io/apply.js';
import { withTarget } from '../src/io/session.js';
import { fail, isUserError } from '../src/cli/errors.js';
import { verify } from '../src/verify/run.js';
import { writtenLine, type Core } from './shared.js';

const WHAT = 'db-verify';

export interface VerifyArgs { dest?: string; url?: string; json: boolean; adopt: boolean; revert: boolean }

/** Every token after the generator's name, before or after `--`: --json --adopt --revert --url URL --dest DIR. */
export function verifyArgs(tokens: string[]): VerifyArgs {
  const out: VerifyArgs = { json: false, adopt: false, revert: false };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const [k, inline] = t.startsWith('--') && t.includes('=') ? [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)] : [t, undefined];
    const value = () => inline ?? tokens[++i] ?? fail(`db-verify: ${k} needs a value`);
    if (t === '--') continue;
    if (k === '--json' || k === '--adopt' || k === '--revert') out[k.slice(2) as 'json'] = true;
    else if (k === '--url') out.url = value();
    else if (k === '--dest') out.dest = value();
    else fail(`db-verify: unknown argument '${t}' (allowed: --url URL, --adopt, --revert, --json, --dest DIR)`);
  }
  if (out.adopt && out.revert) fail('db-verify: give --adopt or --revert, not both');
  return out;
}

/** Run db-verify in `cwd` (or --dest); the exit code: 0 clean, 1 findings, 2 could not verify. */
export async function runVerify(tokens: string[], cwd: string, say: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  let a: VerifyArgs;
  try { a = verifyArgs(tokens); } catch (e) {
    if (!isUserError(e)) throw e;
    say(tokens.includes('--json') ? JSON.stringify({ exit: 2, error: e.message, steps: [], findings: [], written: [] }, null, 2) : `could not verify: ${e.message}`);
    return 2;
  }
  const dest = a.dest ?? cwd;
  const r = await verify({ dest, json: a.json, env: process.env, say, url: a.url, adopt: a.adopt, revert: a.revert });
  const written = r.files.length ? withTarget(dest, (root) => applyPlan(root, r.files)) : [];
  const steps = r.steps.map(({ findings, ...s }) => ({ ...s, findings: findings.length }));
  if (a.json) say(JSON.stringify({ exit: r.exit, error: r.error, steps, findings: r.findings, written: written.map((w) => w.path) }, null, 2));
  else for (const w of written) say(writtenLine(w));
  return r.exit;
}

export const DB_VERIFY: Core = {
  name: WHAT,
  description: 'verify: integrity, lint, replay on an engine, drift against the live database (--url); exit 0 / 1 findings / 2',
  pending: () => [],
  keys: [],
  options: ['Options (before or after --):', '  --url URL   the live database for drift (else DATABASE_URL; for MySQL designs DATABASE_URL is the replay scratch)',
    '  --adopt     write a migration pair that takes the drift into the design', '  --revert    write db/drift/<ts>_revert_drift.sql (+ down) that brings the database back',
    '  --json      one JSON document instead of lines', '  --dest DIR  the project folder'],
  example: '--url "$DATABASE_URL" --json',
  gather: async () => ({}),
  plan: () => fail('db-verify is run through its command (npx plop db-verify, db-scaffold db-verify)'),
  run: runVerify,
};
