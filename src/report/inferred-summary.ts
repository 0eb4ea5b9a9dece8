/**
 * The report's inferences at scale: up to DETAIL lines are listed one by one (model/inferred.ts); a bigger
 * design (a 1,000-table import lists ~2,000) gets one line per kind of inference, with how many fields or
 * entities it covers and the first few of them, so the report stays readable. The DDL review of the wizard
 * still lists every one.
 */
import { grouped } from '../base/grouped.js';

/** Lines listed one by one up to this many; above it, one line per kind. */
export const DETAIL = 100;
/** Kinds listed above DETAIL (the rest counted in one line). */
const KINDS = 40;
const NAMED = 3;

interface Kind { what: string; subjects: string[] }

/** `Book.author_id: FK → Author inferred …`: the subject (`Book.author_id`) and the kind (the FK's target
 *  moves to the subject, so every inferred FK is one kind). */
function split(line: string): [subject: string, what: string] {
  const at = line.indexOf(': ');
  if (at < 0) return ['', line];
  const subject = line.slice(0, at);
  const what = line.slice(at + 2);
  const fk = /^FK \u2192 (\S+) (inferred from the name)$/.exec(what);
  return fk ? [`${subject} → ${fk[1]}`, `FK → its entity ${fk[2]}`] : [subject, what];
}

const count = grouped;

/** The lines as they are, or one per kind when there are more than DETAIL. */
export function inferredSummary(lines: string[]): string[] {
  if (lines.length <= DETAIL) return lines;
  const kinds = new Map<string, Kind>();
  for (const line of lines) {
    const [subject, what] = split(line);
    const k = kinds.get(what);
    if (k) k.subjects.push(subject);
    else kinds.set(what, { what, subjects: [subject] });
  }
  const all = [...kinds.values()];
  const out = all.slice(0, KINDS).map(({ what, subjects }) => {
    const shown = subjects.slice(0, NAMED).join(', ');
    const more = subjects.length > NAMED ? `, … (${count(subjects.length - NAMED)} more)` : '';
    const noun = subjects[0].includes('.') ? 'field' : 'entity';
    const many = subjects.length === 1 ? noun : noun === 'entity' ? 'entities' : 'fields';
    return `${what} — ${count(subjects.length)} ${many}: ${shown}${more}`;
  });
  if (all.length > KINDS) {
    const rest = all.slice(KINDS).reduce((n, k) => n + k.subjects.length, 0);
    out.push(`… ${count(all.length - KINDS)} more kinds (${count(rest)} inferences)`);
  }
  return [`${count(lines.length)} inferences, by kind (a design this size gets one line per kind):`, ...out];
}
