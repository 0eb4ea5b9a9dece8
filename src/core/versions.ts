/** Migration versions: UTC YYYYMMDDHHMMSS, strictly increasing even within one second. */
import { timestamp } from '../base/paths.js';
import { fail } from '../base/errors.js';

export { checksum, sha256 } from '../base/checksum.js';

export function nextVersion(now: Date, existing: string[]): string {
  const last = existing.slice().sort().pop();
  let v = timestamp(now);
  if (last && v <= last) v = timestamp(new Date(parse(last).getTime() + 1000));
  if (!/^\d{14}$/.test(v)) fail(`no migration version after ${last} fits YYYYMMDDHHMMSS; rename the migration that holds it`);
  return v;
}

function parse(v: string): Date {
  const [y, mo, d, h, mi, s] = [v.slice(0, 4), v.slice(4, 6), v.slice(6, 8), v.slice(8, 10), v.slice(10, 12), v.slice(12, 14)];
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s));
}
