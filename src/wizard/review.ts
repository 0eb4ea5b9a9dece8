/** Phase 3: the whole DDL in a scrollable view (coloured; the diff against the previous revision after a
 *  revise), then accept or revise entities / relations / types / indexes; at most 3 revisions. */
import type { Answers, Spec } from '../state/answers-schema.js';
import { buildModel, compileFor } from '../core/design.js';
import { schemaSql } from '../render/sql-files.js';
import { dialectOf } from '../dialects/registry.js';
import { isoDate, now } from '../core/paths.js';
import { fail, isUserError } from '../cli/errors.js';
import { say, type Inquirer } from './io.js';
import { reviewText, withInferred } from './paint.js';
import { inferredLines } from '../model/inferred.js';
import { revise } from './revise.js';
import { prompts } from './tty/lazy.js';
import { grow, inPhase, keep, leftBehind } from './tty/session.js';
import { showDiagram } from './diagram.js';

export const MAX_REVISIONS = 3;

export function previewSql(a: Spec): string {
  const full = a as Answers;
  const model = buildModel(full);
  return schemaSql(dialectOf(full.db), model, compileFor(model, full), { date: isoDate(now()), orm: full.orm, style: full.style });
}

/** What inference did for these answers: the lines at the end of the review (issue 16). */
export const reviewInferred = (a: Spec): string[] => inferredLines(buildModel(a as Answers), (a as Answers).relations ?? []);

const ACTIONS = [
  { value: 'accept', label: 'Accept', hint: 'write schema, migrations and secrets template' },
  { value: 'entities', label: 'Revise entities', hint: 'the entity lines come back editable (Phase 2)' },
  { value: 'relations', label: 'Revise relations', hint: 'the relations matrix again, as answered' },
  { value: 'types', label: 'Revise types', hint: 'pick a field: its type, NULL or not' },
  { value: 'indexes', label: 'Revise indexes', hint: 'pick a field: none / index / unique' },
  { value: 'diagram', label: 'Show the diagram', hint: 'writes the laid-out SVG to a temp file and prints its path' },
];
const LAST = [
  { value: 'accept-as-is', label: 'Accept as is', hint: 'write it; refine later with db-entity / db-field' },
  { value: 'stop', label: 'Stop', hint: 'write nothing' },
];

export async function askReview(inq: Inquirer | undefined, a: Spec): Promise<Spec> {
  if (a.review !== undefined || !inq) return a;
  let out = { ...a };
  let previous: string | undefined;
  for (let round = 0; ; round++) {
    inPhase(3);
    const sql = previewSql(out);
    const text = withInferred(await reviewText(sql, previous), reviewInferred(out));
    const limit = round >= MAX_REVISIONS;
    const title = limit ? `db/schema.sql — ${MAX_REVISIONS} revisions done` : round ? `db/schema.sql — revision ${round}` : 'db/schema.sql';
    const choice = await (await prompts()).pager({ title, lines: text.lines, paint: text.paint, note: text.note, actions: limit ? LAST : ACTIONS });
    if (choice === 'diagram') { say(showDiagram(out)); grow(1); round--; continue; } // the review again: one more screen
    if (choice === 'stop') fail(`review: stopped at the DDL review; ${leftBehind()}`);
    if (choice === 'accept' || choice === 'accept-as-is') {
      out = { ...out, review: choice };
      keep(inq, out);
      return out;
    }
    grow(({ entities: 1, relations: 1, types: 2, indexes: 2 } as Record<string, number>)[choice] + 1); // its screens, then the review again
    const next = await revise(inq, out, choice);
    try {
      previewSql(next);
      previous = sql;
      out = next;
      keep(inq, out);
    } catch (e) {
      if (!isUserError(e)) throw e;
      say(`! ${e.message}\n  (that revision is not applied)`);
    }
  }
}
