/** Debian's python (/usr/bin/python3 sees the python3-* apt packages): run it, fail with its stderr. */
import { spawnSync } from 'node:child_process';
import { pythonBin } from '../support/extras.js';

export function python(args: string[], cwd: string, env: Record<string, string> = {}): string {
  const r = spawnSync(pythonBin(), args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`python3 ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}
