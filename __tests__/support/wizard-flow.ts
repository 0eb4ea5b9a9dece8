/** Drive the db-schema wizard's screens (custom prompts and plop's selects) by keystrokes, screen by screen. */
import type { Term } from './pty.js';
import { keys } from './wizard-keys.js';

/** A five-entity design: two relations hinted by *_id fields, Pet ↔ Vet named together (set many-to-many). */
export const VET_INTAKE = 'A vet clinic on PostgreSQL in production. Owners have pets that come to visits. Vets treat pets.';
export const VET = ['Owner: name, email', 'Pet: name, species, owner_id', 'Vet: name', 'Visit: at:datetime, notes:text:optional, pet_id', 'Medicine: name, dose'];

/** Wait until the screen of step `n` is drawn whole: its header ends a line (a finished screen's does not),
 *  and its help line (the last; every custom screen names Enter there) is on the screen. */
export const atStep = (t: Term, n: number, timeoutMs = 15_000) =>
  t.waitFor(new RegExp(`· step ${n}(?: of \\d+)?\\n[\\s\\S]*Enter[^\\n]*$`), timeoutMs);

/** Wait for `pattern` on a custom screen drawn whole after it: its help line (naming Enter) the last line. For a
 *  state a key brought (a pattern only the new state shows), so the rest of that screen can be asserted on. */
export const drawn = (t: Term, pattern: RegExp, timeoutMs = 15_000) =>
  t.waitFor(new RegExp(`(?:${pattern.source})[\\s\\S]*Enter[^\\n]*(?![\\s\\S])`, pattern.flags), timeoutMs);

export async function typeIntake(t: Term, step: number, text: string): Promise<void> {
  await atStep(t, step);
  await t.type(text);
  await t.send('Enter');
}

/** The five-decision form: `moves` are keys on the way (e.g. ['Down', 'Right']); then Down to Continue, Enter. */
export async function decide(t: Term, step: number, moves: string[] = []): Promise<void> {
  await atStep(t, step);
  if (moves.length) await t.send(...moves);
  await t.send(...Array(6).fill('Down'), 'Enter');
}

/** The entity lines on one screen, then a blank line to finish. */
export async function typeEntities(t: Term, step: number, lines: string[]): Promise<void> {
  await atStep(t, step);
  for (const [i, line] of lines.entries()) {
    await t.type(line);
    await t.send('Enter');
    await t.waitFor(new RegExp(`^ +${i + 1} ${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  }
  await t.send('Enter');
}

/** The matrix: `keys` on the way (e.g. Down ×3, Right ×4), then Down to Done (`rowsAfter` rows below) and Enter. */
export async function relate(t: Term, step: number, moves: string[], downToDone: number, seen?: RegExp): Promise<string> {
  const screen = await atStep(t, step);
  await t.send(...moves, ...Array(downToDone).fill('Down'));
  if (seen) await t.waitFor(seen); // a row as the moves left it
  await t.waitFor(/^❯ Done$/m);
  await t.send('Enter');
  return screen;
}

/** The review: Enter on the highlighted action after `rights` moves to the right (0 = Accept). */
export async function review(t: Term, step: number, rights = 0): Promise<string> {
  const screen = await atStep(t, step);
  if (rights) await t.send(...Array(rights).fill('Right'));
  await t.send('Enter');
  return screen;
}

/** Irreversible tables (Space on the rows listed by index), runner and seed by their labels. */
export async function finish(t: Term, step: number, runner: string | undefined, seed: string, irreversible: number[] = []): Promise<void> {
  const k = keys(t);
  await atStep(t, step);
  let row = 0;
  for (const i of irreversible) { await t.send(...Array(i - row).fill('Down'), 'Space'); row = i; }
  await t.send('Enter');
  if (runner) await k.choose('? Add kei-migrate to the project?', runner);
  await k.choose('? Seed data', seed);
}
