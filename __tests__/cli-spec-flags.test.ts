/**
 * db-schema takes as `-- --<key> VALUE` every key its --spec takes (README: "--<key> <value> for any single
 * answer"), and its help lists them: rows, safety, lockTimeout and statementTimeout were spec-only, and the flag
 * was refused with "'safety' comes from db/design.json" on a folder with no design.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support/golden.js';
import { runBin } from './support/bin-run.js';
import { tempDir } from './support/temp.js';

const BASE = ['--intake', 'A tool library', '--db', 'postgres', '--orm', 'none', '--scale', 'team', '--style', 'schema-first',
  '--migctl', 'manual', '--entities', 'Tool: name', '--relations', '[]', '--review', 'accept', '--runner', 'existing',
  '--existing', 'dbmate', '--seed', 'volume'];

test.each([
  ['rows', '500', 500], ['safety', 'online', 'online'], ['lockTimeout', '3s', '3s'], ['statementTimeout', '90s', '90s'],
])('db-schema -- --%s %s: taken as its spec key is, listed by --help', (key, value, stored) => {
  const dest = tempDir(`flag-${key}`);
  const r = runBin(ROOT, ['db-schema', '--', ...BASE, `--${key}`, value], dest);
  expect(r.err).toEqual([]);
  expect(r.status).toBe(0);
  const answers = JSON.parse(readFileSync(join(dest, 'db', 'design.json'), 'utf8')).answers as Record<string, unknown>;
  expect(answers[key]).toEqual(stored);
  expect(runBin(ROOT, ['db-schema', '--help'], dest).out).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^ {2}${key} {2,}\\S`))]));
});
