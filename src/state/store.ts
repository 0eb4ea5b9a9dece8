/** Load and validate db/design.json (one clear line on any problem); serialise it for an atomic write. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Design } from './design-schema.js';
import { fail } from '../cli/errors.js';
import { upgradeDesign } from './upgrade.js';
import { readBounded } from '../cli/spec-read.js';
import { depthLine } from '../cli/depth.js';
import { guardStateText } from './state-text.js';

export const STATE_PATH = 'db/design.json';

export function loadDesign(dest: string): Design | undefined {
  const file = join(dest, STATE_PATH);
  if (!existsSync(file)) return undefined;
  const text = readBounded(file, STATE_PATH, 64 * 1024 * 1024, 'a state file'); // never a pipe or device
  const deep = depthLine(text);
  if (deep) fail(`${STATE_PATH}: ${deep}; fix it or restore it from git`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail(`${STATE_PATH}: not valid JSON (${(e as Error).message.split('\n')[0]}); fix it or restore it from git`);
  }
  guardStateText(STATE_PATH, raw); // its text is printed: no terminal escapes, no forged lines
  const parsed = Design.safeParse(upgradeDesign(raw));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.length ? issue.path.join('.') : '(top level)';
    return fail(`${STATE_PATH}: invalid at ${at}: ${issue.message}; fix it or restore it from git`);
  }
  return parsed.data;
}

export function requireDesign(dest: string, what: string): Design {
  const d = loadDesign(dest);
  if (!d?.model || !d.schema || !d.answers.db) {
    fail(`${what}: no design in ${STATE_PATH} yet; run \`npx plop db-schema\` first`);
  }
  return d;
}

/** Validated and in the schema's key order, so the same design is the same bytes whoever wrote it. */
export function serialiseDesign(d: Design): string {
  return JSON.stringify(Design.parse(d), null, 2) + '\n';
}
