/**
 * Preview and confirm before a later change is written: the migration pair (up, then down) in the scrollable
 * view, the other files it touches named, a stale seed said (with the offer to refresh it in the same run).
 * Used by db-entity, db-field and db-relation; any generator whose plan writes a migration pair can use it.
 */
import type { FileRecord } from '../io/files.js';
import type { Design } from '../state/design-schema.js';
import { SEED_PATH } from '../seed/lazy.js';
import { reviewText, withInferred } from './paint.js';
import { prompts } from './tty/lazy.js';
import { inPhase } from './tty/session.js';
import { yellow } from './tty/style.js';

export type Confirmed = 'write' | 'write-seed' | 'cancel';

/** The seed tier that a change makes stale (a seed was written for the design before it), if any. */
export const staleSeed = (before: Design): string | undefined =>
  before.seed && before.seed.tier !== 'skip' ? before.seed.tier : undefined;

export function staleLine(tier: string): string {
  return `${SEED_PATH} was made for the design before this change (tier ${tier}): it is stale; refresh it with \`npx plop db-seed -- --seed ${tier}\``;
}

/** `inferred`: what the names of the added fields gave, listed after the migration as in the DDL review and the report. */
export async function previewConfirm(what: string, files: FileRecord[], stale?: string, inferred: string[] = []): Promise<Confirmed> {
  const shown = files.filter((f) => f.path.startsWith('migrations/'));
  const lines = shown.flatMap((f, i) => [...(i ? [''] : []), `── ${f.path}`, ...f.body.replace(/\n+$/, '').split('\n')]);
  const others = files.filter((f) => !shown.includes(f)).map((f) => f.path);
  const text = withInferred(await reviewText(lines.join('\n')), inferred);
  const note = [`Also written: ${others.join(', ') || 'nothing else'}`, ...(text.note ? [text.note] : []),
    ...(stale ? [yellow(`! ${staleLine(stale)}`)] : [])].join('\n');
  inPhase(0); // a later change, not a phase of db-schema
  const actions = [
    { value: 'write', label: 'Write', hint: `write the ${shown.length ? 'migration pair and ' : ''}files listed; nothing is applied to a database` },
    ...(stale ? [{ value: 'write-seed', label: `Write and refresh the seed (${stale})`, hint: `also rewrite ${SEED_PATH} for the new design` }] : []),
    { value: 'cancel', label: 'Cancel', hint: 'write nothing' },
  ];
  return (await (await prompts()).pager({ title: `${what}: preview`, lines: text.lines, paint: (l, i) => (l.startsWith('── ') ? l : text.paint(l, i)), note, actions })) as Confirmed;
}
